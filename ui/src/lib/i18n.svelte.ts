// The UI's active language and `t()`. Components that call `t()` re-render
// when the language changes, because `t()` reads reactive state.
//
// Only the active language is in memory: each language is its own chunk,
// loaded when it is first chosen (eight languages in the first script would
// make it four times as large as two did).
import type { FluentBundle } from '@fluent/bundle';
import { buildBundle, direction, format, formatMarked, languagesOf, reviews, type Args, type Language, FALLBACK } from './fluent';
import languagesToml from '../../../locales/languages.toml?raw';

// One module per language: its .ftl files (the CLI's help left out), put
// together by the `wegwijs-language-bundles` plugin in vite.config.ts.
const loaders = import.meta.glob<readonly string[]>('../../../locales/*/app.ftl', { query: '?language', import: 'default' });

/** The folders of `locales/`, Dutch first. */
export const LANGUAGES: readonly Language[] = languagesOf(Object.keys(loaders));
const REVIEWS = reviews(languagesToml);

const bundles = new Map<Language, FluentBundle>();
const state = $state<{ lang: Language; dutch: boolean; loaded: number }>({ lang: FALLBACK, dutch: false, loaded: 0 });

/** Loads a language's messages once (the glossary also needs Dutch). */
export async function ensureLanguage(lang: Language): Promise<void> {
  if (bundles.has(lang)) return;
  const load = Object.entries(loaders).find(([p]) => p.includes(`/locales/${lang}/`))?.[1];
  if (!load) return;
  bundles.set(lang, buildBundle(lang, await load()));
  state.loaded += 1;
}

export function currentLanguage(): Language {
  return state.lang;
}

export function isShipped(lang: string): lang is Language {
  return LANGUAGES.includes(lang);
}

/** Switches the language of the whole document, including `lang` and `dir`,
 *  once its messages are loaded. */
export async function setLanguage(lang: Language): Promise<void> {
  const next = isShipped(lang) ? lang : FALLBACK;
  await ensureLanguage(next);
  state.lang = next;
  state.dutch = false;
  applyDocumentLanguage();
  try {
    // Only so that the next start paints its first frame in this language
    // before the core has answered; the core's setting is the real one.
    localStorage.setItem('wegwijs-language', next);
  } catch {
    // Storage may be unavailable; the core still has the setting.
  }
}

/** The language to paint the first frame in. */
export function initialLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem('wegwijs-language');
  } catch {
    stored = null;
  }
  return stored && isShipped(stored) ? stored : FALLBACK;
}

function applyDocumentLanguage(): void {
  const shown = state.dutch ? FALLBACK : state.lang;
  document.documentElement.lang = shown;
  document.documentElement.dir = direction(shown);
}

/** Whether no native speaker has checked the active language yet. */
export function isUnreviewed(): boolean {
  return REVIEWS.get(state.lang) === 'none';
}

/** The Dutch text instead of the active language's, to compare with a
 *  letter or when a translation reads oddly; the note stays to switch back. */
export async function showDutch(on: boolean): Promise<void> {
  await ensureLanguage(FALLBACK);
  state.dutch = on;
  applyDocumentLanguage();
}

export function showingDutch(): boolean {
  return state.dutch;
}

/** The message `id`, formatted in the active language. */
export function t(id: string, args?: Args): string {
  void state.loaded;
  return format(bundles, state.dutch ? FALLBACK : state.lang, id, args);
}

/** A message in a given loaded language (the unreviewed note offers the
 *  way back in the person's own language while the page shows Dutch). */
export function tIn(lang: Language, id: string, args?: Args): string {
  void state.loaded;
  return format(bundles, lang, id, args);
}

/** Like `t()`, for ids that come from data: error ids from Rust and
 *  `country-XX` names, which the Rust locale tests check at their source. */
export const tid = t;

/** Like `t()`, with the Dutch terms of a translation marked: show it with
 *  `<Marked>`, which gives those terms `lang="nl"`. */
export function tMarked(id: string, args?: Args): string {
  void state.loaded;
  return formatMarked(bundles, state.dutch ? FALLBACK : state.lang, id, args);
}

/** `tMarked()` for ids that come from data, as `tid` is for `t()`. */
export const tidMarked = tMarked;

/** A stored date written out for reading, as the active language writes it
 *  (`2 maart 2027`, `2 березня 2027 р.`): the same `date-long` message the
 *  PDF and the CLI use, so every place agrees. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return t('date-long', { day: String(Number(m[3])), month: t(`month-${Number(m[2])}`), year: m[1] ?? '' });
}
