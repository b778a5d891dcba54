import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs in milliseconds on pure modules and fixtures;
 * `browser` builds the site once under a sub-path and drives Debian's Chromium
 * against it (see test/browser/global-setup.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        // tsconfig keeps JSX as written for Docusaurus's bundler; tests that render components compile it here.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Some unit tests generate or compile the real site in a hook; on a busy 2-core machine that takes more than 10 s.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
