import { describe, expect, it } from 'vitest';
import { buildBundles, direction, format, negotiate } from './fluent';

// The same files, loaded the same way, as the app does.
const sources = import.meta.glob<string>('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true });
const bundles = buildBundles(sources);

describe('fluent', () => {
  it('formats the shared messages in both languages', () => {
    expect(format(bundles, 'nl', 'nav-documents')).toBe('Documenten');
    expect(format(bundles, 'en', 'nav-documents')).toBe('Documents');
    expect(format(bundles, 'en', 'country-ES')).toBe('Spain');
  });

  it('fills in arguments and plurals', () => {
    expect(format(bundles, 'en', 'error-summary-intro', { count: 1 })).toContain('We found 1 problem.');
    expect(format(bundles, 'nl', 'error-summary-intro', { count: 3 })).toContain('zijn \u20683\u2069 fouten');
    expect(format(bundles, 'en', 'error-name-too-long', { max: 200 })).toContain('200');
  });

  it('falls back to Dutch, then to the id', () => {
    expect(format(bundles, 'fr', 'nav-home')).toBe('Start');
    expect(format(bundles, 'en', 'no-such-message')).toBe('no-such-message');
  });

  it('negotiates the system language against what we ship', () => {
    expect(negotiate(['en-GB', 'nl'])).toBe('en');
    expect(negotiate(['de-DE'])).toBe('nl');
    expect(negotiate([])).toBe('nl');
  });

  it('sets the text direction from the language', () => {
    expect(direction('nl')).toBe('ltr');
    expect(direction('ar')).toBe('rtl');
  });
});
