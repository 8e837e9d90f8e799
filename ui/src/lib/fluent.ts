// Formatting Fluent messages from the shared `locales/<lang>/*.ftl` files.
// Pure: no DOM, no Svelte, so it is unit-tested in Node.
import { FluentBundle, FluentResource, type FluentValue, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';

/** A BCP 47 tag of a folder in `locales/`. */
export type Language = string;
export const FALLBACK: Language = 'nl';

/** Scripts written right to left (a list of scripts, not of shipped languages). */
const RTL = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'yi']);

export function direction(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0] ?? lang) ? 'rtl' : 'ltr';
}

export type Args = Record<string, FluentVariable | null | undefined>;

const PATH = /locales\/([^/]+)\/[^/]+\.ftl$/;

/** The languages among paths such as `../../locales/nl/app.ftl`: the folders
 *  of `locales/`, Dutch first, the same list the Rust side builds. */
export function languagesOf(paths: readonly string[]): Language[] {
  const tags = new Set<string>();
  for (const p of paths) {
    const m = PATH.exec(p);
    if (m?.[1]) tags.add(m[1]);
  }
  return [...tags].sort((a, b) => (a === FALLBACK ? -1 : b === FALLBACK ? 1 : a.localeCompare(b)));
}

// `{ NL("zorgtoeslag") }` marks a Dutch word inside a translation. The word
// comes out between two private-use characters, which `format()` removes
// and `parts()` turns into pieces, so the UI can give the word `lang="nl"`
// (WCAG 3.1.2) and a screen reader says it in Dutch.
const DUTCH_START = '\uE000';
const DUTCH_END = '\uE001';
const MARKS = /[\uE000\uE001]/g;

function dutch(positional: FluentValue[]): string {
  const [word] = positional;
  return `${DUTCH_START}${typeof word === 'string' ? word : ''}${DUTCH_END}`;
}

/** A marked text in pieces: Dutch terms apart from the text around them. */
export interface Part {
  text: string;
  dutch: boolean;
}

export function parts(marked: string): Part[] {
  const out: Part[] = [];
  let rest = marked;
  for (;;) {
    const start = rest.indexOf(DUTCH_START);
    const end = start < 0 ? -1 : rest.indexOf(DUTCH_END, start);
    if (start < 0 || end < 0) break;
    if (start > 0) out.push({ text: rest.slice(0, start), dutch: false });
    out.push({ text: rest.slice(start + 1, end), dutch: true });
    rest = rest.slice(end + 1);
  }
  const tail = rest.replace(MARKS, '');
  if (tail) out.push({ text: tail, dutch: false });
  return out;
}

/** The text without the marks around Dutch terms. */
export function unmarked(marked: string): string {
  return marked.replace(MARKS, '');
}

/** One language's bundle from the texts of its files. */
export function buildBundle(lang: Language, texts: readonly string[]): FluentBundle {
  const bundle = new FluentBundle(lang, { functions: { NL: dutch } });
  for (const text of texts) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.error(`locales/${lang}: ${e.message}`);
  }
  return bundle;
}

/** `sources` maps a path such as `../../locales/nl/app.ftl` to its text. */
export function buildBundles(sources: Record<string, string>): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const lang of languagesOf(Object.keys(sources))) {
    const texts = Object.entries(sources)
      .filter(([p]) => PATH.exec(p)?.[1] === lang)
      .map(([, text]) => text);
    bundles.set(lang, buildBundle(lang, texts));
  }
  return bundles;
}

/** The message in `lang`, else in Dutch, else its id (visible, not silent). */
export function format(bundles: Map<string, FluentBundle>, lang: string, id: string, args?: Args): string {
  return unmarked(formatMarked(bundles, lang, id, args));
}

/** Like `format()`, with Dutch terms still marked, for `parts()`. */
export function formatMarked(bundles: Map<string, FluentBundle>, lang: string, id: string, args?: Args): string {
  for (const l of [lang, FALLBACK]) {
    const bundle = bundles.get(l);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) {
      const clean: Record<string, FluentVariable> = {};
      for (const [k, v] of Object.entries(args ?? {})) if (v !== null && v !== undefined) clean[k] = v;
      return bundle.formatPattern(message.value, clean);
    }
  }
  return id;
}

/** The shipped language that best fits the given preferences. */
export function negotiate(preferred: readonly string[], shipped: readonly Language[]): Language {
  const [best] = negotiateLanguages([...preferred], [...shipped], {
    defaultLocale: FALLBACK,
    strategy: 'lookup',
  });
  return shipped.includes(best ?? '') ? (best as Language) : FALLBACK;
}

/** `review` per language from `locales/languages.toml` (a flat file of
 *  `[tag]` headers and `review = "..."` lines, so no TOML parser is shipped). */
export function reviews(toml: string): Map<Language, string> {
  const out = new Map<Language, string>();
  let current: string | null = null;
  for (const line of toml.split('\n')) {
    const header = /^\s*\[([a-z]{2,3})\]\s*$/.exec(line);
    if (header?.[1]) current = header[1];
    const review = /^\s*review\s*=\s*"([a-z]+)"/.exec(line);
    if (current && review?.[1]) out.set(current, review[1]);
  }
  return out;
}
