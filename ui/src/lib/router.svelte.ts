// The current page, following the URL hash.
import { hrefOf, pageFromHash, type Page } from './routes';

export { hrefOf, NAV_PAGES, PAGES, type Page } from './routes';

const state = $state<{ page: Page }>({ page: pageFromHash(location.hash) ?? 'home' });

export function currentPage(): Page {
  return state.page;
}

export function go(page: Page): void {
  if (location.hash !== hrefOf(page)) location.hash = hrefOf(page);
  state.page = page;
}

// Hashes that are not pages (`#main` from the skip link) leave the page as is.
window.addEventListener('hashchange', () => {
  const page = pageFromHash(location.hash);
  if (page) state.page = page;
});
