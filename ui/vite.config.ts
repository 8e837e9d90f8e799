/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { PurgeCSS } from 'purgecss';

// `locales/<lang>/app.ftl?language` is all of that language's messages the
// UI shows, as one module (so one chunk, loaded when the language is
// chosen): every .ftl file of the folder except the CLI's help texts.
function languageBundles(): Plugin {
  const QUERY = '?language';
  return {
    name: 'wegwijs-language-bundles',
    load(id) {
      if (!id.endsWith(`app.ftl${QUERY}`)) return null;
      const dir = dirname(id.slice(0, -QUERY.length));
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.ftl') && f !== 'cli.ftl')
        .sort();
      for (const f of files) this.addWatchFile(join(dir, f));
      const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}

// The design system's CSS (NL Design System: `utrecht-`, `nl-`, `rhc-`,
// `ams-` classes, and its tokens as custom properties) is 440 KB for every
// component it has; the app uses a few dozen. After the build, rules whose
// design-system classes appear nowhere in index.html or src/ are dropped,
// and so are custom properties that nothing reads. The app's own CSS is
// never touched: a class outside those prefixes is always kept. A
// design-system class must therefore be written out in full in the source
// (not built as `utrecht-button--${kind}`); the e2e tests and axe check the
// screens with the result.
function designSystemOnlyUsed(): Plugin {
  return {
    name: 'wegwijs-design-system-only-used',
    apply: 'build',
    // After Vite's own CSS plugin has put the stylesheet in the bundle.
    enforce: 'post',
    async generateBundle(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.css')) continue;
        const [result] = await new PurgeCSS().purge({
          content: ['index.html', 'src/**/*.svelte', 'src/**/*.ts'],
          css: [{ raw: String(asset.source) }],
          safelist: { standard: [/^(?!(utrecht|nl|rhc|ams)-)/] },
          variables: true,
          keyframes: true,
          fontFace: false,
        });
        if (result) asset.source = result.css;
      }
    },
  };
}

export default defineConfig({
  plugins: [languageBundles(), svelte(), designSystemOnlyUsed()],
  // The .ftl files in ../locales are shared with the Rust side.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
  build: {
    // Vite's default target, Baseline widely available (Safari 16, 2022):
    // WebKitGTK, WKWebView and Android's WebView all run it, and less
    // down-levelled code is a smaller first script.
    target: 'baseline-widely-available',
    // Svelte's CSS goes to a file, so the CSP needs no 'unsafe-inline'.
    cssCodeSplit: false,
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
