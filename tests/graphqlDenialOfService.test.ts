import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../src/graphql/limits'
import { seed } from '../src/seed'
import { apiClient } from './helpers/api'
import { joinRoundTrips } from './helpers/graphqlAttacks'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer('graphql-dos', { DATABASE_STATEMENT_TIMEOUT_MS: '1000' })
  await seed(server.runtime.payload, { withUsers: false })
})
afterAll(async () => {
  await server?.close()
})

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.baseURL}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) })

describe('anonymous GraphQL that would fan out', () => {
  it('refuses nested join round trips with 400 and a message, without running them, and stays ready', async () => {
    for (const query of [joinRoundTrips(2, 10), joinRoundTrips(2), joinRoundTrips(3)]) {
      const response = await post(query)
      expect(response.status).toBe(400)
      const body = (await response.json()) as { data?: unknown; errors: Array<{ message: string }> }
      expect(body.data).toBeUndefined()
      expect(body.errors).toHaveLength(1)
      expect(body.errors[0]!.message).toMatch(new RegExp(`the cost limit is ${MAX_QUERY_COST}\\.|more than ${MAX_QUERY_DEPTH} levels \\(the depth limit\\)`))
    }
    const ready = await apiClient(server).get('/readyz')
    expect(ready.status).toBe(200)
    // Refused before execution: no connection was taken for them.
    expect(server.runtime.pool.waitingCount).toBe(0)
  })

  it('answers the refusal in Thai to a Thai client', async () => {
    const response = await post(joinRoundTrips(2), { 'Accept-Language': 'th' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ message: string }> }
    expect(body.errors[0]!.message).toMatch(/^คำค้นนี้อาจต้องอ่านเอกสาร/)
  })

  it('still answers what front ends ask for: one level of joins below a page, a page of 100', async () => {
    const oneRound = await post(joinRoundTrips(1, 10))
    expect(oneRound.status).toBe(200)
    const body = (await oneRound.json()) as { data: { TreatmentMethods: { docs: Array<{ contraindications: unknown[] }> } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(body.data.TreatmentMethods.docs.length).toBeGreaterThan(0)
    const page = await post('{ Articles(limit: 100) { docs { title relatedConditions: conditions { name } } } }')
    expect(page.status).toBe(200)
  })

  it('answers a malformed query with 400, not 200 or 500', async () => {
    const response = await post('{ Articles(limit: 10) { docs { title } ')
    expect(response.status).toBe(400)
    const unknownField = await post('{ Articles { docs { noSuchField } } }')
    expect(unknownField.status).toBe(400)
  })
})

describe('the database pool', () => {
  it('has PostgreSQL cancel any statement that runs past DATABASE_STATEMENT_TIMEOUT_MS', async () => {
    const started = Date.now()
    await expect(server.runtime.pool.query('SELECT pg_sleep(30)')).rejects.toMatchObject({ code: '57014' })
    expect(Date.now() - started).toBeLessThan(20_000)
    const ready = await apiClient(server).get('/readyz')
    expect(ready.status).toBe(200)
  })
})
