import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { apiClient } from './helpers/api'
import { joinRoundTrips } from './helpers/graphqlAttacks'
import { waitForIdlePool } from './helpers/poolIdle'
import { startTestServer, type TestServer } from './helpers/testServer'

// Limits lifted and a budget of ten minutes: only the client hanging up can stop this query.
let server: TestServer

beforeAll(async () => {
  server = await startTestServer('abandoned-requests', { GRAPHQL_MAX_COST: '1000000000', GRAPHQL_MAX_DEPTH: '100', READ_TIME_BUDGET_MS: '600000' })
  await seed(server.runtime.payload, { withUsers: false })
})
afterAll(async () => {
  await server?.close()
})

describe('a client that hangs up', () => {
  it('stops the database work of its query instead of leaving it to run for minutes', async () => {
    const controller = new AbortController()
    const request = fetch(`${server.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: joinRoundTrips(3, 20) }),
      signal: controller.signal,
    }).catch((error: Error) => error)
    // Hang up once the query is busy with the database.
    const busy = Date.now() + 30_000
    while (server.runtime.pool.totalCount - server.runtime.pool.idleCount < 3 && Date.now() < busy) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    controller.abort()
    expect(await request).toBeInstanceOf(Error)

    expect(await waitForIdlePool(server.runtime.pool, 20_000)).toBe(true)
    const read = await apiClient(server).get('/api/articles?limit=1')
    expect(read.status).toBe(200)
    // A client hanging up is not the server's fault: nothing about it is logged as an error.
    expect(server.logs.filter((line) => line.level === 'error')).toEqual([])
  })
})
