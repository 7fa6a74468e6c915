import { fieldError, type FieldError } from '@shared/contract/result';

/** Thrown by a handler when the input is well-formed but wrong for the data (a date before sending, a duplicate name). */
export class InputError extends Error {
  constructor(readonly fields: FieldError[]) {
    super(fields.map((f) => `${f.path}: ${f.message}`).join('; '));
    this.name = 'InputError';
  }

  static field(path: string, key: string, message: string, params: Record<string, string | number> = {}) {
    return new InputError([fieldError(path, key, message, params)]);
  }
}

/** Thrown when the record the input names does not exist (deleted in another window, say). */
export class NotFoundError extends Error {
  constructor(what: string, id: number) {
    super(`${what} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}
