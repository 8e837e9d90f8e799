import { describe, expect, it, vi } from 'vitest';
import { fieldError, toUiError } from './errors';

describe('errors as data', () => {
  it('keeps an AppError’s message id, arguments and fields', () => {
    const e = toUiError({
      code: 'invalid-input',
      messageId: 'error-invalid-profile',
      args: {},
      fields: [{ field: 'name', messageId: 'error-name-missing', args: {} }],
    });
    expect(e.messageId).toBe('error-invalid-profile');
    expect(fieldError(e, 'name')?.messageId).toBe('error-name-missing');
    expect(fieldError(e, 'birth_date')).toBeUndefined();
  });

  it('turns anything else into a generic, localisable message', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(toUiError('invalid args `input` for command `save_profile`').messageId).toBe('error-unexpected');
    expect(toUiError(new Error('boom')).messageId).toBe('error-unexpected');
  });
});
