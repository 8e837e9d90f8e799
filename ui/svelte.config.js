import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // No `window.__svelte` version marker: nothing here reads it, and the
  // first script is kept small.
  compilerOptions: { runes: true, css: 'external', discloseVersion: false },
};
