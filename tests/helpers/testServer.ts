import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createApp } from '../../src/server/app'
import { loadEnv } from '../../src/server/env'
import { createLogger, setLogDestination } from '../../src/server/logger'
import { startRuntime, type Runtime } from '../../src/server/runtime'
import { openRunLog } from './runLog'
import { createTestDatabase } from './testDatabase'

export type TestServer = {
  baseURL: string
  runtime: Runtime
  databaseUri: string
  /** Every log line the process wrote while the server ran (ours and Payload's), parsed. */
  logs: Array<Record<string, unknown>>
  close: () => Promise<void>
}

/**
 * The real express app with Payload's REST and GraphQL handlers on a random port, against a fresh
 * database with every migration applied: tests talk HTTP to it exactly as a front end would.
 */
export async function startTestServer(label: string, extraEnv: Record<string, string> = {}): Promise<TestServer> {
  const database = await createTestDatabase(label)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-cms-${label}-`))
  // The Payload config reads the environment when it is first imported, so set it before.
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URI: database.uri,
    PAYLOAD_SECRET: 'test-secret-with-at-least-32-characters!',
    DATA_DIR: dataDir,
    SERVE_ADMIN: 'false',
    // Everything is logged, into the run's log folder (scanned for secrets at the end of the run), not the console.
    LOG_LEVEL: 'debug',
    ...extraEnv,
  })
  const env = loadEnv(process.env)
  const logs: Array<Record<string, unknown>> = []
  const runLog = openRunLog(label, env.nodeEnv)
  const previousDestination = setLogDestination((line) => {
    runLog.write(line)
    logs.push(JSON.parse(line))
  })
  const log = createLogger(env.logLevel)
  const runtime = await startRuntime(env, log)
  const server = http.createServer(createApp({ runtime }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  return {
    baseURL: `http://127.0.0.1:${port}`,
    runtime,
    databaseUri: database.uri,
    logs,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await runtime.close()
      await database.drop()
      fs.rmSync(dataDir, { recursive: true, force: true })
      setLogDestination(previousDestination)
      runLog.close()
    },
  }
}
