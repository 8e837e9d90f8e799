import { describe, expect, it } from 'vitest';
import { buildBundles, direction, format, formatMarked, languagesOf, negotiate, parts, reviews } from './fluent';
import languagesToml from '../../../locales/languages.toml?raw';

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

  it('keeps Dutch terms inside a translation apart, so they can be read as Dutch (WCAG 3.1.2)', () => {
    const id = 'task-studying-healthcare-allowance-body';
    const plain = format(bundles, 'en', id);
    expect(plain).toContain('healthcare allowance (\u2068zorgtoeslag\u2069)');
    expect(plain).not.toMatch(/[\uE000\uE001]/);
    const dutch = parts(formatMarked(bundles, 'en', id)).filter((p) => p.dutch);
    expect(dutch.map((p) => p.text)).toEqual(['zorgtoeslag']);
    expect(parts(formatMarked(bundles, 'nl', id)).every((p) => !p.dutch)).toBe(true);
    expect(parts('no marks')).toEqual([{ text: 'no marks', dutch: false }]);
    expect(parts('a \uE000half')).toEqual([{ text: 'a half', dutch: false }]);
  });

  it('falls back to Dutch, then to the id', () => {
    expect(format(bundles, 'fr', 'nav-home')).toBe('Start');
    expect(format(bundles, 'en', 'no-such-message')).toBe('no-such-message');
  });

  it('negotiates the system language against what we ship', () => {
    const shipped = languagesOf(Object.keys(sources));
    expect(negotiate(['en-GB', 'nl'], shipped)).toBe('en');
    expect(negotiate(['de-DE'], shipped)).toBe('nl');
    expect(negotiate([], shipped)).toBe('nl');
  });

  it('takes the languages from the folders of locales/, Dutch first, each with its review', () => {
    const shipped = languagesOf(Object.keys(sources));
    expect(shipped[0]).toBe('nl');
    expect(shipped).toContain('en');
    const review = reviews(languagesToml);
    for (const lang of shipped) expect(review.get(lang), `locales/languages.toml has no [${lang}]`).toBeTruthy();
  });

  it('writes a long date the way each language does, from the shared messages', () => {
    const long = (lang: string) =>
      format(bundles, lang, 'date-long', { day: '2', month: format(bundles, lang, 'month-3'), year: '2027' }).replace(/[\u2068\u2069]/g, '');
    expect(long('nl')).toBe('2 maart 2027');
    expect(long('en')).toBe('2 March 2027');
  });

  it('sets the text direction from the language', () => {
    expect(direction('nl')).toBe('ltr');
    expect(direction('ar')).toBe('rtl');
  });
});
