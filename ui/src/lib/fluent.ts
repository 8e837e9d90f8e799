// Formatting Fluent messages from the shared `locales/<lang>/*.ftl` files.
// Pure: no DOM, no Svelte, so it is unit-tested in Node.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { negotiateLanguages } from '@fluent/langneg';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const FALLBACK: Language = 'nl';

/** Scripts written right to left; none shipped yet, but `dir` follows this. */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

export function direction(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0] ?? lang) ? 'rtl' : 'ltr';
}

export type Args = Record<string, FluentVariable | null | undefined>;

/** `sources` maps a path such as `../../locales/nl/app.ftl` to its text. */
export function buildBundles(sources: Record<string, string>): Map<string, FluentBundle> {
  const bundles = new Map<string, FluentBundle>();
  for (const [path, text] of Object.entries(sources)) {
    const m = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!m?.[1]) continue;
    const lang = m[1];
    let bundle = bundles.get(lang);
    if (!bundle) {
      bundle = new FluentBundle(lang);
      bundles.set(lang, bundle);
    }
    const errors = bundle.addResource(new FluentResource(text));
    for (const e of errors) console.error(`locales/${lang}: ${e.message}`);
  }
  return bundles;
}

/** The message in `lang`, else in Dutch, else its id (visible, not silent). */
export function format(bundles: Map<string, FluentBundle>, lang: string, id: string, args?: Args): string {
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
export function negotiate(preferred: readonly string[]): Language {
  const [best] = negotiateLanguages([...preferred], [...LANGUAGES], {
    defaultLocale: FALLBACK,
    strategy: 'lookup',
  });
  return (LANGUAGES as readonly string[]).includes(best ?? '') ? (best as Language) : FALLBACK;
}
