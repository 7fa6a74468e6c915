import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROFILE_KINDS, type Profile, type ProfileKind } from '@shared/domain/proposal';
import { call, load } from '../api';
import { useToast } from '../ui/Toast';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { errorText } from '../forms/error-text';

export function ProfilesPage() {
  const { t } = useTranslation();
  const { version, changed } = useDataVersion();
  const profiles = useLoad(() => load('profiles:list'), [version]);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProfileKind>('specialized');
  const [error, setError] = useState<string | null>(null);

  async function create(event: FormEvent) {
    event.preventDefault();
    const result = await call('profiles:create', { name, kind });
    if (!result.ok) {
      return setError(errorText(t, result.error, { name }));
    }
    setName('');
    setError(null);
    changed();
  }

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('profiles.title')}</h1>
      </header>
      <p className="lead">{t('profiles.explain')}</p>
      {profiles.state === 'ready' && (
        <ul className="profile-list">
          {profiles.value.map((p) => (
            <ProfileRow key={`${p.id}:${p.name}:${p.archived}`} profile={p} />
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={create} noValidate>
        <h2>{t('profiles.add')}</h2>
        <div className="field">
          <label htmlFor="new-profile-name">{t('profiles.name')}</label>
          <input
            id="new-profile-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'new-profile-error' : undefined}
          />
          {error && (
            <p className="field-error" id="new-profile-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="new-profile-kind">{t('profiles.kind')}</label>
          <select id="new-profile-kind" value={kind} onChange={(e) => setKind(e.target.value as ProfileKind)}>
            {PROFILE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`profiles.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('profiles.create')}
        </button>
      </form>
    </section>
  );
}

function ProfileRow({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const { changed } = useDataVersion();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(profile.name);
  const [error, setError] = useState<string | null>(null);

  async function rename(event: FormEvent) {
    event.preventDefault();
    const result = await call('profiles:rename', { id: profile.id, name });
    if (!result.ok) {
      return setError(errorText(t, result.error, { name }));
    }
    setRenaming(false);
    changed();
  }

  async function setArchived(archived: boolean) {
    const result = await call('profiles:setArchived', { id: profile.id, archived });
    if (!result.ok) {
      return toast.show({ text: errorText(t, result.error) });
    }
    changed();
    if (archived) {
      toast.show({
        text: t('profiles.archived', { name: profile.name }),
        action: { label: t('common.undo'), run: () => setArchived(false) },
      });
    }
  }

  return (
    <li className={profile.archived ? 'archived' : undefined}>
      {renaming ? (
        <form onSubmit={rename} className="rename" noValidate>
          <input
            aria-label={t('profiles.newName', { name: profile.name })}
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
            aria-invalid={error ? true : undefined}
          />
          <button type="submit">{t('common.save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('common.cancel')}
          </button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </form>
      ) : (
        <span className="profile-name">
          <strong>{profile.name}</strong> <span className="muted">{t(`profiles.kinds.${profile.kind}`)}</span>
          {profile.archived && <span className="badge">{t('profiles.archivedBadge')}</span>}
        </span>
      )}
      <span className="muted">
        {t('profiles.proposalCount', { count: profile.proposalCount, formatted: format.number(profile.proposalCount) })}
      </span>
      {!renaming && (
        <span className="row-actions">
          <button
            type="button"
            onClick={() => setRenaming(true)}
            aria-label={t('profiles.renameLabel', { name: profile.name })}
          >
            {t('profiles.rename')}
          </button>
          <button type="button" onClick={() => void setArchived(!profile.archived)}>
            {profile.archived ? t('profiles.unarchive') : t('profiles.archive')}
          </button>
        </span>
      )}
    </li>
  );
}
