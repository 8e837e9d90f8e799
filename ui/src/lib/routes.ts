// Pages are addressed by the URL hash (`#/documents`), so the browser's
// back and forward keys work and every page is a link.

export const PAGES = ['home', 'life-events', 'documents', 'people', 'status', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export function pageFromHash(hash: string): Page | null {
  const name = hash.replace(/^#\/?/, '');
  if (name === '') return 'home';
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : null;
}

export function hrefOf(page: Page): string {
  return page === 'home' ? '#/' : `#/${page}`;
}
