import type { ClientConfig } from 'pg';

/** Where the team's PostgreSQL is and how to log in (the password comes from safe storage). */
export interface SyncConnection {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  /** TLS: required (the default; encrypted, certificate not checked), required and verified, or off. */
  tls: 'require' | 'verify' | 'off';
}

/** node-postgres settings: a short connect timeout, so an unreachable server says so quickly. */
export function clientConfig(c: SyncConnection): ClientConfig {
  return {
    host: c.host,
    port: c.port,
    database: c.database,
    user: c.user,
    password: c.password,
    ssl: c.tls === 'off' ? false : { rejectUnauthorized: c.tls === 'verify' },
    connectionTimeoutMillis: 5_000,
    application_name: 'Bidwell',
  };
}
