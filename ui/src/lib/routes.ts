// Pages are addressed by the URL hash (`#/documents`), so the browser's
// back and forward keys work and every page is a link.

/** The pages in the main navigation. */
export const NAV_PAGES = ['home', 'life-events', 'documents', 'people', 'status', 'settings'] as const;
/** Every page: the glossary is linked from the footer and from the texts,
 *  not from the navigation, which has to fit on a phone. */
export const PAGES = [...NAV_PAGES, 'glossary'] as const;
export type Page = (typeof PAGES)[number];

export function pageFromHash(hash: string): Page | null {
  const name = hash.replace(/^#\/?/, '');
  if (name === '') return 'home';
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : null;
}

export function hrefOf(page: Page): string {
  return page === 'home' ? '#/' : `#/${page}`;
}
