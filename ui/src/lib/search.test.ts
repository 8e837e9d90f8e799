import { describe, expect, it } from 'vitest';
import { fold, matches } from './search';

describe('event search', () => {
  it('ignores case and Dutch diacritics', () => {
    expect(fold('Overlijden van een naaste – Café')).toBe('overlijden van een naaste – cafe');
    expect(matches('cafe', 'Café openen')).toBe(true);
  });

  it('matches every word at the start of a word, in title or summary', () => {
    expect(matches('kind krij', 'Een kind krijgen', 'Je krijgt een baby.')).toBe(true);
    expect(matches('baby', 'Een kind krijgen', 'Je krijgt een baby.')).toBe(true);
    expect(matches('ind', 'Een kind krijgen')).toBe(false);
    expect(matches('', 'anything')).toBe(true);
  });
});
