import { describe, expect, it } from 'vitest';
import { expiryState, splitTags } from './documents';

describe('documents helpers', () => {
  it('splits tags on commas and drops empty ones', () => {
    expect(splitTags(' reis, ,woning ,')).toEqual(['reis', 'woning']);
  });
  it('tells expired, soon and valid apart', () => {
    expect(expiryState('2026-11-28', '2026-11-29')).toBe('expired');
    expect(expiryState('2027-05-29', '2026-11-29')).toBe('soon');
    expect(expiryState('2027-05-30', '2026-11-29')).toBe('valid');
    expect(expiryState(null, '2026-11-29')).toBe('valid');
  });
});
