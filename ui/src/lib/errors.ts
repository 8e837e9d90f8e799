// Errors as the UI shows them: always a message id with arguments, never a
// raw English string from a lower layer.
import type { AppError, FieldErrorDto } from './bindings';

export type UiError = Pick<AppError, 'messageId' | 'args'> & { fields: FieldErrorDto[] };

function isAppError(e: unknown): e is AppError {
  return typeof e === 'object' && e !== null && 'messageId' in e && 'code' in e;
}

/** Any rejection from IPC, as something we can show. Unknown shapes (a bug,
 *  a broken IPC message) become the generic "something went wrong". */
export function toUiError(e: unknown): UiError {
  if (isAppError(e)) return { messageId: e.messageId, args: e.args, fields: e.fields ?? [] };
  console.error('unexpected error', e);
  return { messageId: 'error-unexpected', args: {}, fields: [] };
}

/** The error for one form field, if any. */
export function fieldError(err: UiError | null, field: string): FieldErrorDto | undefined {
  return err?.fields.find((f) => f.field === field);
}
