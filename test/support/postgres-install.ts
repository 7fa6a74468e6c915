import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's postgresql package puts each major version's server binaries (<root>/<v>/bin). */
export const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

export class PostgresNotInstalledError extends Error {
  constructor(root: string) {
    super(
      `PostgreSQL is not installed: no initdb and postgres in ${root}/<version>/bin. ` +
        'Install Debian\'s package ("apt-get install postgresql"; .ci/run does it in CI).',
    );
    this.name = 'PostgresNotInstalledError';
  }
}

/**
 * The bin folder of the newest PostgreSQL installed under `root` that has both initdb and postgres.
 * Only the binaries are used: the system's own cluster (pg_ctlcluster, /var/lib/postgresql) is not.
 */
export function findPostgresBin(root = DEBIAN_POSTGRES_ROOT): string {
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const bin = versions
    .map((version) => join(root, version, 'bin'))
    .find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')));
  if (!bin) throw new PostgresNotInstalledError(root);
  return bin;
}

/** Why the PostgreSQL tests cannot run on this machine, or undefined when they can. */
export function postgresMissingReason(root = DEBIAN_POSTGRES_ROOT): string | undefined {
  try {
    findPostgresBin(root);
    return undefined;
  } catch (error) {
    if (error instanceof PostgresNotInstalledError) return error.message;
    throw error;
  }
}
