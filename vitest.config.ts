import { defineConfig } from 'vitest/config';

/**
 * Five projects, one command (`npm test`): unit tests, the integration suite once on the embedded
 * SQLite and once on PostgreSQL, the hardening suite (both databases, a small sample) and the
 * browser end-to-end tests in headless Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.hardening.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'int-sqlite',
          include: ['server/**/*.int.test.ts'],
          env: { TEST_DB: 'sqlite' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'int-postgres',
          include: ['server/**/*.int.test.ts'],
          env: { TEST_DB: 'postgres' },
          globalSetup: ['server/test/pg-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // Crash, concurrency, backup drill, shutdown, malicious files (issue 9): a small sample in
        // `npm test`, the full run with `npm run test:hardening` (HARDENING_FULL=1).
        test: {
          name: 'hardening',
          include: ['server/hardening/**/*.hardening.test.ts'],
          globalSetup: ['server/test/pg-global-setup.ts', 'server/hardening/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
