import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      // Payload loads graphql's CommonJS build through Node; our code must get the same instance
      // (Vite would pick the ESM build, and graphql refuses a schema made by "another module").
      { find: /^graphql$/, replacement: path.resolve(import.meta.dirname, 'node_modules/graphql/index.js') },
      { find: '@payload-config', replacement: path.resolve(import.meta.dirname, 'src/payload.config.ts') },
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname, 'src')}/` },
    ],
  },
  test: {
    // Payload caches its instance on globalThis: every file needs a process of its own.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test' },
    projects: [
      {
        extends: true,
        test: {
          name: 'api',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**'],
          // One PostgreSQL server for the run (embedded unless DATABASE_URI is set); each file gets its own database.
          globalSetup: ['tests/helpers/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // Chromium and a fresh production build first; then the same database server as the API tests.
          globalSetup: ['tests/helpers/browserSetup.ts', 'tests/helpers/globalSetup.ts'],
          testTimeout: 120_000,
        },
      },
    ],
  },
})
