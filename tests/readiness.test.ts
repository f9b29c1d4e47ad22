import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { startServerWithOwnDatabase, type OwnDatabaseServer } from './helpers/ownDatabaseServer'

// This file runs its own PostgreSQL so that it can stop it under a running server.
let server: OwnDatabaseServer
let database: OwnDatabaseServer['database']
let baseURL: string

beforeAll(async () => {
  server = await startServerWithOwnDatabase('readiness')
  ;({ database, baseURL } = server)
})

afterAll(async () => {
  await server?.close()
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
