import type { Database } from 'better-sqlite3';
import { CHECKLIST_ITEMS, type ChecklistItem, type ChecklistItemId } from '@shared/domain/health';
import { prepared } from '../statements';

/** Every item of the profile-readiness checklist, in the domain's order, ticked or not. */
export function listChecklist(db: Database): ChecklistItem[] {
  const done = new Map(
    prepared<[], { item: string; done_at: string }>(db, 'SELECT item, done_at FROM profile_checklist')
      .all()
      .map((r) => [r.item, r.done_at]),
  );
  return CHECKLIST_ITEMS.map((item) => ({ item, doneAt: done.get(item) ?? null }));
}

export function setChecklistItem(db: Database, item: ChecklistItemId, doneAt: string | null): void {
  if (doneAt === null) prepared(db, 'DELETE FROM profile_checklist WHERE item = ?').run(item);
  else
    prepared(db, 'INSERT INTO profile_checklist (item, done_at) VALUES (?, ?) ON CONFLICT (item) DO NOTHING').run(
      item,
      doneAt,
    );
}
