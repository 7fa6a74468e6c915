import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { call, load } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useLoad } from '../hooks/use-load';
import { routeHref } from '../hooks/use-route';
import { useToast } from '../ui/Toast';
import { errorText } from '../forms/error-text';

const SHOWN = 8;

/** Proposals waiting too long for news, and one action to record them all as "no response" (undoable). */
export function StalePanel({ staleDays }: { staleDays: number }) {
  const { t } = useTranslation();
  const headingId = useId();
  const format = useFormat();
  const toast = useToast();
  const { version, changed } = useDataVersion();
  const stale = useLoad(() => load('health:stale'), [version]);
  if (stale.state !== 'ready') return null;
  const rows = stale.value;

  async function markAll() {
    const result = await call('health:markStale', { ids: rows.map((r) => r.id) });
    if (!result.ok) return toast.show({ text: errorText(t, result.error) });
    changed();
    const { eventIds } = result.value;
    toast.show({
      text: t('health.stale.marked', { count: eventIds.length }),
      action:
        eventIds.length > 0
          ? {
              label: t('common.undo'),
              run: async () => {
                const undone = await call('health:unmarkStale', { eventIds });
                if (!undone.ok) toast.show({ text: errorText(t, undone.error) });
                changed();
              },
            }
          : undefined,
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('health.stale.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('health.stale.empty', { days: staleDays })}</p>
      ) : (
        <>
          <p className="field-hint">{t('health.stale.explain', { days: staleDays })}</p>
          <ul className="stale-list">
            {rows.slice(0, SHOWN).map((r) => (
              <li key={r.id}>
                <a href={routeHref({ page: 'proposal', id: r.id })}>{r.jobTitle}</a>{' '}
                <span className="muted">
                  {t(`proposals.status.${r.status}`)} ·{' '}
                  {t('health.stale.quietSince', { date: format.date(r.statusAt) })}
                </span>
              </li>
            ))}
          </ul>
          {rows.length > SHOWN && <p className="muted">{t('health.stale.more', { count: rows.length - SHOWN })}</p>}
          <button type="button" onClick={() => void markAll()}>
            {t('health.stale.markAll', { count: rows.length })}
          </button>
        </>
      )}
    </section>
  );
}
