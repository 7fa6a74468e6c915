import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '@shared/domain/imports';
import type { Proposal } from '@shared/domain/proposal';
import { snapshot } from '../support/db-snapshot';
import { fillDisk } from '../support/full-disk';
import { value } from '../support/results';
import { testApp } from '../support/temp-db';
import { upworkHistory } from '../support/upwork-history';

// A full disk through the real session, handlers and invoker on a real SQLite file: the refusal
// has its own key and words (never SQLite's "database or disk is full"), and nothing was written.

const DISK_FULL = {
  ok: false,
  error: {
    key: 'errors.diskFull',
    message: 'The disk is full: nothing was saved. Free some space and try again.',
    fields: [],
  },
};

let app: ReturnType<typeof testApp>;
beforeEach(() => {
  app = testApp('2026-11-20T10:00:00.000Z');
});
afterEach(() => app.cleanup());

describe('a full disk', () => {
  it('refuses a proposal save with its own message, changes nothing, and the same input saves once there is room', () => {
    value(app.invoke('proposals:create', { jobTitle: 'Logged before the disk filled up' }));
    // A cover letter long enough to need pages the full disk cannot give.
    const input = { jobTitle: 'Shopify theme fix', coverLetter: 'Dear client, '.repeat(1500), connectsSpent: 8 };
    const before = snapshot(app.db);
    const freeSpace = fillDisk(app.db);

    expect(app.invoke('proposals:create', input)).toEqual(DISK_FULL);
    expect(snapshot(app.db)).toEqual(before);
    expect(app.db.pragma('integrity_check', { simple: true })).toBe('ok');

    freeSpace();
    const saved = value<Proposal>(app.invoke('proposals:create', input));
    expect(saved).toMatchObject({ jobTitle: 'Shopify theme fix', connectsSpent: 8 });
  });

  it('refuses an edit the same way, leaving the proposal as it was', () => {
    const p = value<Proposal>(app.invoke('proposals:create', { jobTitle: 'Short' }));
    const before = snapshot(app.db);
    fillDisk(app.db);
    expect(
      app.invoke('proposals:update', { id: p.id, fields: { jobTitle: 'Short', notes: 'A long note. '.repeat(1500) } }),
    ).toEqual(DISK_FULL);
    expect(snapshot(app.db)).toEqual(before);
  });

  it('imports an Upwork history all or nothing: rows written before the disk filled are rolled back', () => {
    const text = upworkHistory(400);
    value(app.invoke('import:upworkPreview', { text }));
    const before = snapshot(app.db);
    // Room for a few pages: the first rows fit, the file as a whole does not.
    const freeSpace = fillDisk(app.db, 3);

    expect(app.invoke('import:upworkCommit', { text })).toEqual(DISK_FULL);
    expect(snapshot(app.db)).toEqual(before);

    // The preview stays on screen; committing it again after freeing space imports every row.
    freeSpace();
    expect(value<ImportResult>(app.invoke('import:upworkCommit', { text }))).toEqual({ added: 800, duplicates: 0 });
  });
});
