import http from 'node:http'
import type net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../src/server/app'
import { routeLabel } from '../src/server/metrics/routeLabel'
import { apiClient } from './helpers/api'
import { TEST_SECRETS } from './helpers/secretScanner'
import { startTestServer, type TestServer } from './helpers/testServer'

const TOKEN = TEST_SECRETS.find((secret) => secret.startsWith('metrics-test-token'))!
let server: TestServer

beforeAll(async () => {
  server = await startTestServer('metrics', { METRICS_TOKEN: TOKEN })
})
afterAll(async () => {
  await server?.close()
})

const scrape = (authorization?: string) => apiClient(server).get('/metrics', authorization ? { Authorization: authorization } : {})

/** The value of one sample in Prometheus' text format, e.g. sample(text, 'http_requests_total', { route: '/healthz' }). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const line = text
    .split('\n')
    .find((candidate) => candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `) ? Object.entries(labels).every(([key, value]) => candidate.includes(`${key}="${value}"`)) : false)
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1))
}

describe('/metrics', () => {
  it('is a 404 like any unknown path when METRICS_TOKEN is not set', async () => {
    const app = createApp({ runtime: { ...server.runtime, env: { ...server.runtime.env, metricsToken: undefined } } })
    const off = http.createServer(app)
    await new Promise<void>((resolve) => off.listen(0, '127.0.0.1', resolve))
    try {
      const baseURL = `http://127.0.0.1:${(off.address() as net.AddressInfo).port}`
      const response = await apiClient({ baseURL }).get('/metrics', { Authorization: `Bearer ${TOKEN}` })
      expect(response.status).toBe(404)
      expect(response.status).toBe((await apiClient({ baseURL }).get('/no-such-page')).status)
    } finally {
      off.closeAllConnections()
      await new Promise((resolve) => off.close(resolve))
    }
  })

  it('refuses a scrape without the token, or with a wrong one', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN.slice(0, -1)}x`, `Basic ${Buffer.from(`metrics:${TOKEN}`).toString('base64')}`]) {
      const response = await scrape(authorization)
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(String(response.body)).not.toContain('http_requests_total')
    }
  })

  it('counts and times requests by route without ids, and shows the pool and the jobs queue', async () => {
    const missing = await apiClient(server).get('/api/conditions/987654?locale=en')
    expect(missing.status).toBe(404)
    // A scheduled job that is due since five minutes and has not run (this process runs no jobs).
    await server.runtime.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'conditions', value: 987654 } },
      waitUntil: new Date(Date.now() - 5 * 60_000),
    })

    const response = await scrape(`Bearer ${TOKEN}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const text = String(response.body)
    expect(sample(text, 'http_requests_total', { method: 'GET', route: '/api/:collection/:id', status: '404' })).toBeGreaterThanOrEqual(1)
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/api/:collection/:id', status: '404' })).toBeGreaterThanOrEqual(1)
    expect(text).not.toContain('987654')
    expect(sample(text, 'db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1)
    expect(sample(text, 'db_pool_connections', { state: 'waiting' })).toBe(0)
    expect(sample(text, 'db_pool_max_connections')).toBe(server.runtime.env.databasePoolMax)
    expect(sample(text, 'jobs_due')).toBe(1)
    expect(sample(text, 'jobs_queue_lag_seconds')).toBeGreaterThanOrEqual(299)
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0)
    // Nothing that does not exist yet (a later cache registers its own counters).
    expect(text).not.toMatch(/^cache_/m)
  })
})

describe('the route label', () => {
  const routes = { api: '/api', admin: '/admin' }
  it.each([
    ['/api/articles', '/api/:collection'],
    ['/api/articles/12', '/api/:collection/:id'],
    ['/api/articles/12/review', '/api/:collection/:id/review'],
    ['/api/users/login', '/api/:collection/login'],
    ['/api/articles/versions/7', '/api/:collection/versions/:id'],
    ['/api/media/file/needles-1200x800.png', '/api/:collection/file/:filename'],
    ['/api/globals/clinic-profile', '/api/globals/:global'],
    ['/api/graphql', '/api/graphql'],
    ['/api/translations/articles/12/confirm', '/api/translations/:param/:id/confirm'],
    ['/api/a/b/c/d/e/f/g', '/api/:collection/:param/:param/:param/:param/…'],
    ['/admin/collections/articles/12', '/admin'],
    ['/en/articles/back-pain', '/site'],
    ['/kiosk', '/kiosk'],
    ['/_next/static/chunks/x.js', '/_next'],
    ['/readyz', '/readyz'],
  ])('%s → %s', (path, label) => {
    expect(routeLabel(path, routes)).toBe(label)
  })
})
