// Read aloud: whether the platform has a voice for the active language, and
// what is being read. The text is what the person sees, taken from the
// page; the core speaks it in the active language.

import { commands } from './bindings';
import { toUiError, type UiError } from './errors';

let available = $state(false);
let reading = $state<string | null>(null);

export const speech = {
  /** A voice for the active language: only then are the buttons shown. */
  get available(): boolean {
    return available;
  },
  /** The id of what is being read, if anything. */
  get reading(): string | null {
    return reading;
  },
};

/** Asks the core again (at start, and after a change of language). */
export async function checkSpeech(): Promise<void> {
  const r = await commands.speechAvailable().catch(() => null);
  available = r?.status === 'ok' && r.data;
  if (!available) reading = null;
}

// Controls, their labels and hidden text are not read: only what the page
// says, one block (heading, paragraph, list item) per line.
const SKIP = 'button, input, select, textarea, label, .visually-hidden, [data-no-read], [hidden]';
const BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd';

/** The text of `root` as a person reads it. */
export function readableText(root: HTMLElement): string {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((el) => !el.closest(SKIP) && el.querySelector(BLOCKS) === null)
    .map((el) => el.innerText.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Reads `root` aloud as `id`, or stops when `id` is being read. */
export async function toggleReading(id: string, root: HTMLElement | undefined): Promise<UiError | null> {
  if (reading === id) {
    await commands.stopReading().catch(() => null);
    reading = null;
    return null;
  }
  if (!root) return null;
  const r = await commands.readAloud(readableText(root)).catch((e: unknown) => ({ status: 'error' as const, error: e }));
  if (r.status === 'ok') {
    reading = id;
    return null;
  }
  reading = null;
  return toUiError(r.error);
}
