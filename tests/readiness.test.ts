import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../src/server/app'
import { EmbeddedPostgres } from '../src/server/embeddedPostgres'
import { loadEnv } from '../src/server/env'
import { createLogger } from '../src/server/logger'
import { startRuntime, type Runtime } from '../src/server/runtime'
import { apiClient } from './helpers/api'
import { freePort } from './helpers/freePort'

// This file runs its own PostgreSQL so that it can stop it under a running server.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-cms-readiness-'))
fs.chmodSync(dir, 0o755)
const quiet = createLogger('silent')
let database: EmbeddedPostgres
let runtime: Runtime
let server: http.Server
let baseURL: string

beforeAll(async () => {
  database = new EmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port: await freePort(), database: 'cms', log: quiet })
  const uri = await database.start()
  Object.assign(process.env, { NODE_ENV: 'test', DATABASE_URI: uri, PAYLOAD_SECRET: 'x'.repeat(32), DATA_DIR: dir, LOG_LEVEL: 'silent' })
  runtime = await startRuntime(loadEnv(process.env), quiet)
  server = http.createServer(createApp({ runtime }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseURL = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
})

afterAll(async () => {
  server?.closeAllConnections()
  server?.close()
  await runtime?.close()
  await database?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('readiness while the database comes and goes', () => {
  it('answers 503 on /readyz while the database is down, and stays alive on /healthz', async () => {
    expect((await apiClient({ baseURL }).get('/readyz')).status).toBe(200)
    await database.stop()

    const down = await apiClient({ baseURL }).get('/readyz')
    expect(down.status).toBe(503)
    expect(down.body.status).toBe('unavailable')
    expect(down.body.checks.database.ok).toBe(false)
    expect(down.body.checks.migrations.ok).toBe(false)
    expect((await apiClient({ baseURL }).get('/healthz')).status).toBe(200)
  })

  it('becomes ready again when the database is back', async () => {
    await database.start()
    let status = 0
    for (let attempt = 0; attempt < 20 && status !== 200; attempt++) {
      status = (await apiClient({ baseURL }).get('/readyz')).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(status).toBe(200)
  })
})
