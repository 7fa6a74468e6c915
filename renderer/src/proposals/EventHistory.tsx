import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDetail, ProposalEvent } from '@shared/domain/proposal';
import { call } from '../api';
import { useDataVersion } from '../hooks/data-version';
import { useFormat } from '../hooks/use-format';
import { useUserZone } from '../hooks/user-zone';
import { fromLocalInput, toLocalInput } from '../forms/values';
import { errorText } from '../forms/error-text';

/** The status history, oldest first; each outcome's time can be corrected or the entry removed. */
export function EventHistory({ proposal }: { proposal: ProposalDetail }) {
  return (
    <ol className="history">
      {proposal.events.map((event) => (
        <EventRow key={`${event.id}:${event.occurredAt}`} event={event} sentAt={proposal.sentAt} />
      ))}
    </ol>
  );
}

function EventRow({ event, sentAt }: { event: ProposalEvent; sentAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { changed } = useDataVersion();
  const [editing, setEditing] = useState(false);
  const zone = useUserZone();
  const [value, setValue] = useState(toLocalInput(event.occurredAt, zone));
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const occurredAt = fromLocalInput(value, zone);
    if (!occurredAt) return setError(t('validation.instant'));
    const result = await call('proposals:updateEvent', { eventId: event.id, occurredAt, note: event.note });
    if (!result.ok) {
      return setError(errorText(t, result.error, { sentAt: format.dateTime(sentAt) }));
    }
    setEditing(false);
    changed();
  }

  async function remove() {
    const result = await call('proposals:deleteEvent', { eventId: event.id });
    if (result.ok) changed();
  }

  const label = t(`proposals.status.${event.status}`);
  return (
    <li>
      <span className={`status-chip status-${event.status}`}>{label}</span>
      {editing ? (
        <span className="history-edit">
          <input
            type="datetime-local"
            aria-label={t('proposals.detail.whenLabel', { status: label })}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
              if (e.key === 'Escape') setEditing(false);
            }}
            aria-invalid={error ? true : undefined}
          />
          <button type="button" onClick={() => void save()}>
            {t('common.save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </span>
      ) : (
        <span>
          <time dateTime={event.occurredAt}>{format.dateTime(event.occurredAt)}</time>
          {event.status !== 'sent' && (
            <>
              <button
                type="button"
                className="link"
                onClick={() => setEditing(true)}
                aria-label={t('proposals.detail.editWhen', { status: label })}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="link"
                onClick={() => void remove()}
                aria-label={t('proposals.detail.removeEntry', { status: label })}
              >
                {t('common.remove')}
              </button>
            </>
          )}
        </span>
      )}
    </li>
  );
}
