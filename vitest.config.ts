import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { builtinTemplatesPlugin } from './lib/templates/compile/vite-plugin';
import { fileURLToPath } from 'node:url';

// Unit tests: WXT's fake browser + fake-indexeddb, no real browser. End-to-end tests have their own config.
export default defineConfig({
  plugins: [WxtVitest(), builtinTemplatesPlugin()],
  resolve: {
    alias: {
      // webextension-polyfill throws outside an extension; WxtVitest only mocks `wxt/browser` (RECIPE.md §4).
      'webextension-polyfill': fileURLToPath(new URL('./test/setup/polyfill-mock.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', './test/setup/unit.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
  },
});
