import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts'),
      '@': path.resolve(import.meta.dirname, 'src'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    // One PostgreSQL server for the run (embedded unless DATABASE_URI is set); each file gets its own database.
    globalSetup: ['tests/helpers/globalSetup.ts'],
    // Payload caches its instance on globalThis: every file needs a process of its own.
    pool: 'forks',
    isolate: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    env: { NODE_ENV: 'test' },
  },
})
