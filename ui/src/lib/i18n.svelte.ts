// The UI's active language and `t()`. Components that call `t()` re-render
// when the language changes, because `t()` reads reactive state.
import { buildBundles, direction, format, type Args, type Language, FALLBACK } from './fluent';

const sources = import.meta.glob<string>('../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const bundles = buildBundles(sources);

const state = $state<{ lang: Language }>({ lang: FALLBACK });

export function currentLanguage(): Language {
  return state.lang;
}

/** Switches the language of the whole document, including `lang` and `dir`. */
export function setLanguage(lang: Language): void {
  state.lang = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = direction(lang);
}

/** The message `id`, formatted in the active language. */
export function t(id: string, args?: Args): string {
  return format(bundles, state.lang, id, args);
}

/** Like `t()`, for ids that come from data: error ids from Rust and
 *  `country-XX` names, which the Rust locale tests check at their source. */
export const tid = t;
