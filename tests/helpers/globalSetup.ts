import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

import { EmbeddedPostgres } from '../../src/server/embeddedPostgres'
import { createLogger } from '../../src/server/logger'
import { freePort } from './freePort'
import { scanRunLogs } from './secretScanner'

const projectRoot = path.resolve(import.meta.dirname, '../..')

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URI whose user may create databases; each test file creates its own. */
    postgresAdminUri: string
    /** The folder of this run's log files (test-results/logs/<project>), scanned for secrets at the end. */
    runLogDir: string
  }
}

/**
 * With DATABASE_URI set, tests use that server (its user must be allowed to CREATE DATABASE).
 * Without it — a fresh machine — they start an embedded PostgreSQL in a temporary folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Tests that start the real server process run dist/server.js: bundle the current source.
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { cwd: projectRoot, stdio: 'inherit' })
  const checkLogs = collectRunLogs(project)
  const external = process.env.DATABASE_URI
  if (external) {
    const admin = new URL(external)
    admin.pathname = '/postgres'
    project.provide('postgresAdminUri', admin.toString())
    return checkLogs
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
    await checkLogs()
  }
}

/**
 * Every server and process the helpers start writes its log lines under test-results/logs/<project>
 * (kept after the run for reading). At the end, the whole run's logs are scanned for secrets:
 * one found fails the run, naming the file, line and rule.
 */
function collectRunLogs(project: TestProject): () => Promise<void> {
  const dir = path.join(projectRoot, 'test-results', 'logs', project.name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  project.provide('runLogDir', dir)
  return async () => {
    const { files, lines, findings } = scanRunLogs(dir)
    process.stderr.write(`log scan (${project.name}): ${files} log files, ${lines} lines, ${findings.length} secrets\n`)
    if (findings.length > 0) {
      // vitest reports an error thrown here but still exits 0: fail the run explicitly.
      process.exitCode = 1
      const listed = findings.slice(0, 20).map(({ file, line, rule, excerpt }) => `  ${file}:${line} ${rule}: ${excerpt}`)
      throw new Error(`Secrets in the logs of this test run (${path.relative(projectRoot, dir)}):\n${listed.join('\n')}`)
    }
  }
}
