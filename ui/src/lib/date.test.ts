import { describe, expect, it } from 'vitest';
import { joinDate, splitDate } from './date';

describe('birth date boxes', () => {
  it('joins and pads what was typed', () => {
    expect(joinDate({ day: '4', month: '3', year: '1990' })).toBe('1990-03-04');
    expect(joinDate({ day: ' 14 ', month: '12', year: '2001' })).toBe('2001-12-14');
  });

  it('is empty when nothing was typed, so the core says "missing"', () => {
    expect(joinDate({ day: '', month: ' ', year: '' })).toBe('');
  });

  it('passes nonsense on for the core to reject, instead of guessing', () => {
    expect(joinDate({ day: 'x', month: '3', year: '1990' })).toBe('1990-03-x');
    expect(joinDate({ day: '31', month: '2', year: '90' })).toBe('0090-02-31');
  });

  it('splits a stored date back into boxes', () => {
    expect(splitDate('1990-03-04')).toEqual({ day: '4', month: '3', year: '1990' });
    expect(splitDate(null)).toEqual({ day: '', month: '', year: '' });
  });
});
