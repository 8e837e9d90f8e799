import { describe, expect, it } from 'vitest';
import { countryOptions } from './countries';

describe('country picker', () => {
  const names: Record<string, string> = { BE: 'België', DE: 'Duitsland', NL: 'Nederland', AT: 'Oostenrijk', IS: 'IJsland' };

  it('sorts by name in the reader’s language and leaves out excluded codes', () => {
    const opts = countryOptions(Object.keys(names), (c) => names[c] ?? c, 'nl', ['NL']);
    expect(opts.map((o) => o.code)).toEqual(['BE', 'DE', 'IS', 'AT']);
  });
});
