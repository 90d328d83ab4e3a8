import { defineConfig } from 'vitest/config'

// Two tiers, one runner: pure unit tests, and integration tests against a real
// PostgreSQL (PGlite by default, the server when TEST_DATABASE_URL is set).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'domain/**/*.test.ts',
            'app/**/*.test.ts',
            'app/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'server/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
          env: { TZ: 'UTC' },
          // Pure functions with no state to leak: files share a worker's
          // loaded modules instead of importing the same graph 184 times
          // (import and transform were over half of the tier's time).
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['tests/setup/integration-setup.ts'],
          // On the server, each file's own database copied from a migrated template (ADR 0072).
          setupFiles: ['tests/setup/integration-file.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file has a database of its own, on either engine (a PGlite
          // folder, or a copy of the template on the server), so two run at
          // once (one per core) without one file's change to what all read (a
          // country's rule, the catalogue) reaching another.
          maxWorkers: 2,
          // Files in a worker share its loaded modules (PGlite's compiled
          // WebAssembly among them) instead of loading them afresh: the tier
          // took half the time on both engines. What a file keeps is its own
          // runtime and database; the shared caches are keyed by runtime.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Two files at once: a file waits on its app, its browser, fsyncs and
          // timers about half the time. Each has its own app, data folder and
          // server database (ADR 0092).
          maxWorkers: 2,
        },
      },
    ],
  },
})
