import type { TFunction } from 'i18next';
import type { IpcError } from '@shared/contract';

/**
 * One translated sentence for a refusal shown outside a form (a toast, a status line): its first
 * field's message, else the failure as a whole. `extra` fills placeholders the field's params lack.
 */
export function errorText(t: TFunction, error: IpcError, extra: Record<string, string | number> = {}): string {
  const field = error.fields[0];
  if (field) return t(field.key, { ...field.params, ...extra });
  return t(`common.${error.key}`, { defaultValue: error.message });
}

/**
 * What a form shows above its buttons after main refused: nothing when the refusal is already
 * beside the fields it concerns, else one sentence for the whole call (a full disk, say).
 */
export function formRefusal(t: TFunction, error: IpcError, besideFields: object): string | null {
  return Object.keys(besideFields).length ? null : errorText(t, error);
}
