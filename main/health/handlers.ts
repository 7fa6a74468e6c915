import type { healthChannels } from '@shared/contract/health';
import { localDateOf, resolveTimeZone } from '@shared/metrics/weeks';
import { listChecklist, setChecklistItem } from '../db/health/checklist';
import { deleteJss, getJss, insertJss } from '../db/health/jss';
import { getSettings } from '../db/settings/settings';
import { isStale, listStale, markNoResponse, unmarkNoResponse } from '../db/health/stale';
import { healthReport, healthStatus, staleBefore } from './report';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainHandlers } from '../core/handler-table';
import type { HandlerContext } from '../core/handler-context';

export function healthHandlers({ db, now }: HandlerContext): DomainHandlers<typeof healthChannels> {
  return {
    'health:status': () => healthStatus(db, now()),
    'health:report': () => healthReport(db, now()),

    'health:addJss': ({ recordedOn, score }) =>
      db.transaction(() => {
        const today = localDateOf(now(), resolveTimeZone(getSettings(db).timeZone));
        if (recordedOn > today) {
          throw InputError.field('recordedOn', 'validation.futureDate', 'A JSS cannot be read in the future', {
            today,
          });
        }
        return getJss(db, insertJss(db, { recordedOn, score }, now().toISOString()))!;
      })(),

    'health:deleteJss': ({ id }) =>
      db.transaction(() => {
        const entry = getJss(db, id);
        if (!entry) throw new NotFoundError('JSS entry', id);
        deleteJss(db, id);
        return entry;
      })(),

    'health:setChecklistItem': ({ item, done }) =>
      db.transaction(() => {
        setChecklistItem(db, item, done ? now().toISOString() : null);
        return listChecklist(db);
      })(),

    'health:stale': () => listStale(db, staleBefore(now(), getSettings(db))),

    'health:markStale': ({ ids }) =>
      db.transaction(() => {
        const stamp = now().toISOString();
        const before = staleBefore(now(), getSettings(db));
        // Only those still stale: one updated in another window meanwhile keeps its new outcome.
        const still = [...new Set(ids)].filter((id) => isStale(db, id, before));
        return { eventIds: markNoResponse(db, still, stamp) };
      })(),

    'health:unmarkStale': ({ eventIds }) => db.transaction(() => ({ restored: unmarkNoResponse(db, eventIds) }))(),
  };
}
