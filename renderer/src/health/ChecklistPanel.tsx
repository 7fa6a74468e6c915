import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '@shared/domain/health';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useToast } from '../ui/Toast';
import { errorText } from '../forms/error-text';

/** Profile readiness: what the user has done, each item saying why it matters. */
export function ChecklistPanel({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { changed } = useDataVersion();
  const toast = useToast();

  async function toggle(item: ChecklistItem['item'], done: boolean) {
    const result = await call('health:setChecklistItem', { item, done });
    if (!result.ok) return toast.show({ text: errorText(t, result.error) });
    changed();
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('health.checklist.title')}</h2>
      <p className="field-hint">{t('health.checklist.hint')}</p>
      <ul className="checklist">
        {items.map(({ item, doneAt }) => (
          <li key={item}>
            <label>
              <input type="checkbox" checked={doneAt !== null} onChange={(e) => void toggle(item, e.target.checked)} />
              <span>
                <strong>{t(`health.checklist.items.${item}.label`)}</strong>
                <span className="muted">{t(`health.checklist.items.${item}.why`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
