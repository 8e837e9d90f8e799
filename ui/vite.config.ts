/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte()],
  // The .ftl files in ../locales are shared with the Rust side.
  server: { port: 5173, strictPort: true, fs: { allow: ['..'] } },
  clearScreen: false,
  build: {
    target: 'safari15',
    // Svelte's CSS goes to a file, so the CSP needs no 'unsafe-inline'.
    cssCodeSplit: false,
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
