import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer('health')
})
afterAll(async () => {
  await server?.close()
})

describe('health endpoints over HTTP', () => {
  it('reports the process alive on /healthz', async () => {
    const response = await apiClient(server).get('/healthz')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(response.body.status).toBe('ok')
  })

  it('reports ready on /readyz when the database answers and no migration is pending', async () => {
    const response = await apiClient(server).get('/readyz')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.body).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, migrations: { ok: true, pending: [] } },
    })
    expect(response.body.checks.migrations.applied).toBeGreaterThan(0)
  })

  it('reports not ready with 503 when a migration is missing from the database', async () => {
    await server.runtime.pool.query(
      `UPDATE payload_migrations SET name = name || '_hidden' WHERE id = (SELECT min(id) FROM payload_migrations)`,
    )
    try {
      const response = await apiClient(server).get('/readyz')
      expect(response.status).toBe(503)
      expect(response.body.checks.migrations.ok).toBe(false)
      expect(response.body.checks.migrations.pending.length).toBe(1)
    } finally {
      await server.runtime.pool.query(`UPDATE payload_migrations SET name = replace(name, '_hidden', '')`)
    }
    expect((await apiClient(server).get('/readyz')).status).toBe(200)
  })
})

describe('request logging', () => {
  it('returns a request id header and logs one JSON line per request with it', async () => {
    const response = await apiClient(server).get('/healthz?token=secret')
    const requestId = response.headers.get('x-request-id')
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const lines = server.logs.filter((line) => line.requestId === requestId)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ msg: 'request', method: 'GET', path: '/healthz', status: 200 })
    expect(typeof lines[0]!.durationMs).toBe('number')
    expect(JSON.stringify(lines[0])).not.toContain('secret')
  })

  it('keeps a well-formed request id sent by the caller and replaces a malformed one', async () => {
    const kept = await apiClient(server).get('/healthz', { 'X-Request-Id': 'kiosk-42.abc' })
    expect(kept.headers.get('x-request-id')).toBe('kiosk-42.abc')
    const replaced = await apiClient(server).get('/healthz', { 'X-Request-Id': 'bad id <script>' })
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('logs API requests served by Payload with their status', async () => {
    const response = await apiClient(server).get('/api/users')
    expect(response.status).toBe(403)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const line = server.logs.find((entry) => entry.msg === 'request' && entry.requestId === response.headers.get('x-request-id'))
    expect(line).toMatchObject({ level: 'warn', method: 'GET', path: '/api/users', status: 403 })
  })
})
