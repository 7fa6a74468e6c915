import type { z } from 'zod';
import type { FieldError } from './result';

// Schemas put an i18n key ("validation.…") in their custom messages. Zod's built-in checks
// (wrong type, too long, ...) get a key from the issue code, so every message can be translated.
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.message.startsWith('validation.')) {
      return { path, key: issue.message, params: paramsOf(issue), message: issue.message };
    }
    return { path, key: keyForCode(issue), params: paramsOf(issue), message: issue.message };
  });
}

function keyForCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' ? 'validation.tooShort' : 'validation.tooSmall';
    case 'too_big':
      return issue.origin === 'string' ? 'validation.tooLong' : 'validation.tooBig';
    case 'invalid_type':
      return 'validation.invalidType';
    case 'invalid_value':
      return 'validation.notAllowed';
    case 'invalid_format':
      return 'validation.invalidFormat';
    case 'unrecognized_keys':
      return 'validation.unknownField';
    default:
      return 'validation.invalid';
  }
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, string | number> {
  if (issue.code === 'too_small') return { limit: Number(issue.minimum) };
  if (issue.code === 'too_big') return { limit: Number(issue.maximum) };
  return {};
}
