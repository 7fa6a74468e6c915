import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SYNC_TLS, type SyncView } from '@shared/domain/sync';
import { call, load } from '../api';
import { useForm } from '../forms/use-form';
import { errorText } from '../forms/error-text';
import { useDataVersion } from '../hooks/data-version';
import { useLoad } from '../hooks/use-load';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useToast } from '../ui/Toast';
import { syncErrors, syncFormFrom, syncFormToInput } from './sync-form-model';
import { SyncStatus } from './SyncStatus';
import { useBackgroundSyncs } from './use-synced';

export function SyncPage() {
  // Loaded once: the form must not be reset under the user's typing.
  const sync = useLoad(() => load('sync:get'), []);
  if (sync.state !== 'ready') return null;
  return <SyncScreen initial={sync.value} />;
}

function SyncScreen({ initial }: { initial: SyncView }) {
  const { t } = useTranslation();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [view, setView] = useState(initial);
  // Bumped after a save: the form starts again from what was saved, the password box empty.
  const [saves, setSaves] = useState(0);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // A background sync: the status line and what waits are read again; the form is left as typed.
  const syncs = useBackgroundSyncs();
  useEffect(() => {
    if (syncs === 0) return;
    let current = true;
    void load('sync:get').then((fresh) => current && setView(fresh));
    return () => {
      current = false;
    };
  }, [syncs]);

  async function run(channel: 'sync:now' | 'sync:leave') {
    setBusy(true);
    try {
      const result = await call(channel);
      if (!result.ok) return setRefusal(errorText(t, result.error));
      setRefusal(null);
      setView(result.value);
      if (channel === 'sync:leave') setSaves((n) => n + 1);
      changed(); // Pulled rows change every screen.
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page sync-page">
      <header className="page-header">
        <h1>{t('sync.title')}</h1>
      </header>
      <p className="field-hint">{t('sync.lead')}</p>
      <SyncStatus view={view} />
      <ConnectionForm
        key={saves}
        view={view}
        refusal={refusal}
        onSaved={(saved) => {
          setView(saved);
          setSaves((n) => n + 1);
          toast.show({ text: t('sync.saved') });
        }}
      >
        <button type="button" onClick={() => void run('sync:now')} disabled={busy || !view.connection}>
          {t('sync.now')}
        </button>
        {view.connection ? (
          <button type="button" onClick={() => void run('sync:leave')} disabled={busy}>
            {t('sync.leave')}
          </button>
        ) : null}
      </ConnectionForm>
    </section>
  );
}

interface ConnectionFormProps {
  view: SyncView;
  refusal: string | null;
  onSaved: (saved: SyncView) => void;
  /** The buttons beside Save. */
  children: ReactNode;
}

function ConnectionForm({ view, refusal, onSaved, children }: ConnectionFormProps) {
  const { t } = useTranslation();
  const form = useForm({
    initial: syncFormFrom(view),
    toInput: syncFormToInput,
    save: (input) => call('sync:save', input),
    errorsOf: syncErrors,
    onSaved,
  });
  const { values, errors, set } = form;

  return (
    <form onSubmit={(event) => void form.submit(event)} noValidate>
      <FormError text={form.formError ?? refusal} />
      <fieldset className="panel">
        <legend>{t('sync.connection')}</legend>
        <div className="settings-grid">
          <Field label={t('sync.host')} error={errors.host}>
            <input value={values.host} onChange={set('host')} autoComplete="off" />
          </Field>
          <Field label={t('sync.port')} error={errors.port}>
            <input inputMode="numeric" value={values.port} onChange={set('port')} size={6} />
          </Field>
          <Field label={t('sync.database')} error={errors.database}>
            <input value={values.database} onChange={set('database')} autoComplete="off" />
          </Field>
          <Field label={t('sync.user')} error={errors.user}>
            <input value={values.user} onChange={set('user')} autoComplete="off" />
          </Field>
          <Field
            label={t('sync.password')}
            error={errors.password}
            hint={view.hasPassword ? t('sync.passwordKept') : t('sync.passwordHint')}
          >
            <input type="password" value={values.password} onChange={set('password')} autoComplete="new-password" />
          </Field>
          <Field label={t('sync.tls')} error={errors.tls}>
            <select value={values.tls} onChange={set('tls')}>
              {SYNC_TLS.map((tls) => (
                <option key={tls} value={tls}>
                  {t(`sync.tlsModes.${tls}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('sync.member')} error={errors.member} hint={t('sync.memberHint')}>
            <input value={values.member} onChange={set('member')} />
          </Field>
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={form.saving}>
          {t('sync.save')}
        </button>
        {children}
      </div>
    </form>
  );
}
