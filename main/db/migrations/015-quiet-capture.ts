import { installSync } from '../sync/capture';
import type { Migration } from './types';

// The sync insert triggers get a WHEN (capture.ts): a row written with its global id while the
// database is in no team (every row of an import's chunk, docs/sync.md) skips the trigger's
// statements, which only found there was nothing to do. Same rows, same global ids, same outbox.
export const quietCapture: Migration = {
  version: 15,
  name: 'sync insert triggers skip rows with nothing to capture',
  up(db) {
    installSync(db);
  },
};
