import { ServerSchemaNewerError } from '@main/db/sync/server-schema';
import type { SyncProblem } from '@shared/domain/sync';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNRESET',
  'EPIPE',
]);

/**
 * Why a sync failed, as the status line says it. Only the kind leaves main: never the driver's
 * message, which can name the host and the user (and must never carry a password).
 * PostgreSQL's SQLSTATE codes: 28xxx login refused; 57P0x the server shutting down; 3D000 no such database; 42501 no privilege. */
export function problemOf(error: unknown): SyncProblem {
  if (error instanceof ServerSchemaNewerError) return 'serverNewer';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : '';
  if (UNREACHABLE.has(code) || code.startsWith('57P') || code.startsWith('08')) return 'unreachable';
  if (/timeout|Connection terminated/i.test(message)) return 'unreachable';
  if (code.startsWith('28')) return 'auth';
  if (/SSL|TLS|certificate/i.test(message) || /^(ERR_TLS|CERT_|DEPTH_|SELF_SIGNED|UNABLE_TO)/.test(code)) return 'tls';
  if (code === '3D000' || code === '42501' || code === '3F000' || code === '42P01') return 'notSetUp';
  return 'failed';
}
