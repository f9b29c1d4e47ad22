import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { apiClient } from './helpers/api'
import { joinRoundTrips } from './helpers/graphqlAttacks'
import { pollStatuses, waitForIdlePool } from './helpers/poolIdle'
import { startTestServer, type TestServer } from './helpers/testServer'

// GraphQL's cost and depth limits lifted, so that the fanned-out query reaches execution: the read
// budget is the second line of defence and must stop it on its own.
let server: TestServer

beforeAll(async () => {
  server = await startTestServer('request-budget', { GRAPHQL_MAX_COST: '1000000000', GRAPHQL_MAX_DEPTH: '100', READ_TIME_BUDGET_MS: '1500' })
  await seed(server.runtime.payload, { withUsers: false })
})
afterAll(async () => {
  await server?.close()
})

describe('the read time budget', () => {
  it('stops a query that fans out into thousands of reads, answers 503 with a message and stays ready', async () => {
    const readiness = pollStatuses(`${server.baseURL}/readyz`)
    const response = await fetch(`${server.baseURL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      // Unbounded, three round trips of joins run for many minutes on the sample content.
      body: JSON.stringify({ query: joinRoundTrips(3, 20) }),
      signal: AbortSignal.timeout(60_000),
    })
    expect(response.status).toBe(503)
    const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string }> }
    // One message, not one per field that was cut off.
    expect(body).toEqual({
      errors: [{ message: 'This request took longer than 1.5 seconds and was stopped. Ask for fewer documents or fewer related documents.', extensions: { statusCode: 503 } }],
    })

    const answeredAt = Date.now()
    expect(await waitForIdlePool(server.runtime.pool, 15_000)).toBe(true)
    // Let the poller see the server a few times after the answer too.
    const enough = Date.now() + 15_000
    while (readiness.polls().filter((poll) => poll.startedAt >= answeredAt).length < 3 && Date.now() < enough) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const polls = await readiness.stop()
    // While the query runs this process is busy, and a readiness check may come late on a loaded
    // machine; once it has answered, the server is ready at once (not minutes later).
    const after = polls.filter((poll) => poll.startedAt >= answeredAt)
    expect(after.length).toBeGreaterThan(0)
    expect(after.filter((poll) => poll.status !== 200)).toEqual([])
  })

  it('answers a REST read that outruns its budget with 503 and the message in Thai', async () => {
    // depth=4 on every condition populates methods, their contraindications and so on: many reads.
    const response = await apiClient(server).get('/api/conditions?limit=100&depth=4&locale=th')
    // On a fast machine this read fits in 1.5 s; when it does not, it must be a clear 503.
    if (response.status !== 200) {
      expect(response.status).toBe(503)
      expect(response.body.errors[0].message).toMatch(/^คำขอนี้ใช้เวลานานเกิน 1.5 วินาที/)
    }
    expect(await waitForIdlePool(server.runtime.pool, 15_000)).toBe(true)
  })
})
