import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startPostgres, type PostgresServer } from './postgres';
import { postgresMissingReason } from './postgres-install';

/**
 * Why the PostgreSQL tests are skipped here, or undefined when they run. Only outside CI, and only
 * for want of PostgreSQL: CI installs it (.ci/run), so there a missing one must fail, not skip.
 */
export function postgresSkipReason(env = process.env, installRoot?: string): string | undefined {
  const inCi = !['', '0', 'false'].includes(env.CI ?? '');
  return inCi ? undefined : postgresMissingReason(installRoot);
}

/**
 * One PostgreSQL server for the calling test file (or describe block): started before its first
 * test, removed after its last; each test is skipped with the reason where `postgresSkipReason`
 * gives one. Call at the top: `const postgres = usePostgres();`, then `postgres()` in the tests.
 */
export function usePostgres(): () => PostgresServer {
  const skip = postgresSkipReason();
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    if (!skip) server = await startPostgres();
  }, 60_000);
  beforeEach((context) => {
    if (skip) context.skip(skip);
  });
  afterAll(async () => {
    await server?.dispose();
  });
  return () => {
    if (!server) throw new Error('usePostgres(): no server yet; call postgres() inside a test');
    return server;
  };
}
