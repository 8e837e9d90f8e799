import { describe, expect, it } from 'vitest';
import { hrefOf, pageFromHash, PAGES } from './routes';

describe('routes', () => {
  it('maps every page to a hash and back', () => {
    for (const p of PAGES) expect(pageFromHash(hrefOf(p))).toBe(p);
    expect(pageFromHash('')).toBe('home');
  });

  it('ignores hashes that are not pages, such as the skip link target', () => {
    expect(pageFromHash('#main')).toBeNull();
    expect(pageFromHash('#field-name')).toBeNull();
  });
});
