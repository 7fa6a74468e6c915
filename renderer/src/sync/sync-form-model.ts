import type { FieldError } from '@shared/contract/result';
import { syncConnectionSchema } from '@shared/contract/sync';
import { toFieldErrors } from '@shared/contract/validation-errors';
import type { SyncTls, SyncView } from '@shared/domain/sync';
import { mapErrors, type Errors } from '../forms/errors';

// The Sync form edits strings, kept as typed; this turns them into the contract's input with the
// schema main uses, and maps main's refusals back onto the fields.

export interface SyncFormValues {
  host: string;
  port: string;
  database: string;
  user: string;
  /** Blank keeps the password already kept. */
  password: string;
  tls: string;
  member: string;
}
export type SyncField = keyof SyncFormValues;
type SyncInput = ReturnType<typeof syncConnectionSchema.parse>;

const FIELDS: Record<string, SyncField> = {
  host: 'host',
  port: 'port',
  database: 'database',
  user: 'user',
  password: 'password',
  tls: 'tls',
  member: 'member',
};

export const syncErrors = (fields: FieldError[]) => mapErrors(fields, FIELDS);

export function syncFormFrom(view: SyncView): SyncFormValues {
  const c = view.connection;
  return {
    host: c?.host ?? '',
    port: String(c?.port ?? 5432),
    database: c?.database ?? '',
    user: c?.user ?? '',
    password: '',
    tls: c?.tls ?? 'require',
    member: c?.member ?? '',
  };
}

export function syncFormToInput(
  values: SyncFormValues,
): { ok: true; input: SyncInput } | { ok: false; errors: Errors<SyncField> } {
  const port = values.port.trim() === '' ? Number.NaN : Number(values.port);
  const parsed = syncConnectionSchema.safeParse({ ...values, port, tls: values.tls as SyncTls });
  if (!parsed.success) return { ok: false, errors: syncErrors(toFieldErrors(parsed.error)) };
  return { ok: true, input: parsed.data };
}
