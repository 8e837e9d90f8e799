// Finding a life event by typing a few words: case- and accent-insensitive,
// every word must occur (as the start of a word) in the title or summary.

export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function matches(query: string, ...texts: string[]): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(fold).join(' ').split(/[^\p{L}\p{N}]+/u);
  return words.every((w) => haystack.some((h) => h.startsWith(w)));
}
