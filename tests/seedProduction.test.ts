import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { loadEnv } from '../src/server/env'
import { createLogger } from '../src/server/logger'
import { seedEmptyDatabase } from '../src/server/sampleContent'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer('seed_production')
})
afterAll(async () => {
  await server?.close()
})

describe('sample content in production', () => {
  it('is never added at start in production, even to an empty database', async () => {
    const env = loadEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32), SEED_ON_START: 'true' })
    await seedEmptyDatabase(server.runtime.payload, env, createLogger('silent'))
    const counts = await server.runtime.pool.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM articles)::int AS articles')
    expect(counts.rows[0]).toEqual({ users: 0, articles: 0 })
  })

  it('creates no sample users when seeding for production (npm run seed with NODE_ENV=production)', async () => {
    await seed(server.runtime.payload, { withUsers: false })
    const counts = await server.runtime.pool.query('SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM articles)::int AS articles')
    expect(counts.rows[0].users).toBe(0)
    expect(counts.rows[0].articles).toBeGreaterThanOrEqual(6)
  })
})
