import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { EmbeddedPostgres } from '../../src/server/embeddedPostgres'
import { createLogger } from '../../src/server/logger'
import { freePort } from './freePort'

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URI whose user may create databases; each test file creates its own. */
    postgresAdminUri: string
  }
}

/**
 * With DATABASE_URI set, tests use that server (its user must be allowed to CREATE DATABASE).
 * Without it — a fresh machine — they start an embedded PostgreSQL in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Tests that start the real server process run dist/server.js: bundle the current source.
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: path.resolve(import.meta.dirname, '../..'), stdio: 'inherit' })
  const external = process.env.DATABASE_URI
  if (external) {
    const admin = new URL(external)
    admin.pathname = '/postgres'
    project.provide('postgresAdminUri', admin.toString())
    return async () => undefined
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-cms-test-'))
  fs.chmodSync(dir, 0o755)
  const server = new EmbeddedPostgres({
    dataDir: path.join(dir, 'postgres'),
    port: await freePort(),
    database: 'postgres',
    log: createLogger('warn', (line) => process.stderr.write(line)),
  })
  await server.start()
  project.provide('postgresAdminUri', server.uri('postgres'))
  return async () => {
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
