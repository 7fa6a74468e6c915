import type { ChannelParsed } from '@shared/contract';
import { localDateOf, resolveTimeZone } from '@shared/metrics/weeks';
import { listChecklist, setChecklistItem } from '../db/health/checklist';
import { deleteJss, getJss, insertJss } from '../db/health/jss';
import { getSettings } from '../db/settings/settings';
import { isStale, listStale, markNoResponse, unmarkNoResponse } from '../db/health/stale';
import { healthReport, healthStatus, staleBefore } from './report';
import { InputError, NotFoundError } from '../core/errors';
import type { DomainContext } from '../core/handler-context';

/** What the user records on the Health screen (JSS, checklist) and the stale proposals closed from it. */
export function healthService({ db, now }: DomainContext) {
  return {
    status: () => healthStatus(db, now()),
    report: () => healthReport(db, now()),

    addJss: ({ recordedOn, score }: ChannelParsed<'health:addJss'>) =>
      db.transaction(() => {
        const today = localDateOf(now(), resolveTimeZone(getSettings(db).timeZone));
        if (recordedOn > today) {
          throw InputError.field('recordedOn', 'validation.futureDate', 'A JSS cannot be read in the future', {
            today,
          });
        }
        return getJss(db, insertJss(db, { recordedOn, score }, now().toISOString()))!;
      })(),

    deleteJss: (id: number) =>
      db.transaction(() => {
        const entry = getJss(db, id);
        if (!entry) throw new NotFoundError('JSS entry', id);
        deleteJss(db, id);
        return entry;
      })(),

    setChecklistItem: ({ item, done }: ChannelParsed<'health:setChecklistItem'>) =>
      db.transaction(() => {
        setChecklistItem(db, item, done ? now().toISOString() : null);
        return listChecklist(db);
      })(),

    stale: () => listStale(db, staleBefore(now(), getSettings(db))),

    markStale: (ids: readonly number[]) =>
      db.transaction(() => {
        const stamp = now().toISOString();
        const before = staleBefore(now(), getSettings(db));
        // Only those still stale: one updated in another window meanwhile keeps its new outcome.
        const still = [...new Set(ids)].filter((id) => isStale(db, id, before));
        return { eventIds: markNoResponse(db, still, stamp) };
      })(),

    unmarkStale: (eventIds: readonly number[]) =>
      db.transaction(() => ({ restored: unmarkNoResponse(db, eventIds) }))(),
  };
}
