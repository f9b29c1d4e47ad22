import express from 'express'
import http from 'node:http'
import type net from 'node:net'
import { describe, expect, it } from 'vitest'

import { FILE_CONTENT_SECURITY_POLICY, safeFileHeaders } from '../src/collections/mediaFileHeaders'
import { securityHeaders } from '../src/server/securityHeaders'
import { contentSecurityPolicy, securityHeadersFor, surfaceOf, type Surface } from '../src/server/securityPolicies'

const routes = { api: '/api', admin: '/admin', graphQLPlayground: '/graphql-playground' }
const http_ = { serverURL: 'http://localhost:3000', development: false, nonce: 'bm9uY2U=' }

/** The directives of a policy by name. */
function directives(policy: string | undefined): Record<string, string[]> {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  )
}

describe('which surface a path is', () => {
  it.each<[string, Surface]>([
    ['/api/articles', 'api'],
    ['/api', 'api'],
    ['/api/media/file/photo.png', 'api'],
    ['/api/graphql', 'api'],
    ['/api/graphql-playground', 'playground'],
    ['/healthz', 'api'],
    ['/readyz', 'api'],
    ['/admin', 'admin'],
    ['/admin/collections/articles/1', 'admin'],
    ['/administrator', 'site'],
    ['/kiosk', 'kiosk'],
    ['/kiosk/', 'kiosk'],
    ['/kiosk-sw.js', 'site'],
    ['/th', 'site'],
    ['/en/articles/x', 'site'],
    ['/', 'site'],
    ['/_next/static/chunks/main.js', 'asset'],
  ])('%s is %s', (path, surface) => {
    expect(surfaceOf(path, routes)).toBe(surface)
  })

  it('in an API-only process (SERVE_ADMIN=false) every path is the API', () => {
    for (const path of ['/th', '/kiosk', '/admin', '/_next/static/x.js']) expect(surfaceOf(path, routes, false)).toBe('api')
  })
})

describe('content security policies', () => {
  for (const surface of ['site', 'kiosk', 'admin'] as const) {
    it(`${surface}: scripts run only with this response's nonce (and what they load), never inline or eval in production`, () => {
      const script = directives(contentSecurityPolicy(surface, http_))['script-src']
      expect(script).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"])
      expect(directives(contentSecurityPolicy(surface, http_))['object-src']).toEqual(["'none'"])
    })
  }

  it('Next’s development server may evaluate code and inline its CSS (hot reload); production may not', () => {
    const development = directives(contentSecurityPolicy('site', { ...http_, development: true }))
    expect(development['script-src']).toContain("'unsafe-eval'")
    expect(development['style-src']).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('the website and kiosk allow no inline style without the nonce; the admin (Payload styles inline) does', () => {
    for (const surface of ['site', 'kiosk'] as const) expect(directives(contentSecurityPolicy(surface, http_))['style-src']).toEqual(["'self'", "'nonce-bm9uY2U='"])
    expect(directives(contentSecurityPolicy('admin', http_))['style-src']).toContain("'unsafe-inline'")
  })

  it('only this origin may frame the website (the admin’s Live Preview); nobody frames the admin, the kiosk or the API', () => {
    expect(directives(contentSecurityPolicy('site', http_))['frame-ancestors']).toEqual(["'self'"])
    for (const surface of ['admin', 'kiosk', 'api', 'playground'] as const) expect(directives(contentSecurityPolicy(surface, http_))['frame-ancestors']).toEqual(["'none'"])
    expect(securityHeadersFor('site', http_)['X-Frame-Options']).toBe('SAMEORIGIN')
    for (const surface of ['admin', 'kiosk', 'api'] as const) expect(securityHeadersFor(surface, http_)['X-Frame-Options']).toBe('DENY')
  })

  it('the admin may frame this origin (Live Preview); the website and kiosk frame nothing', () => {
    expect(directives(contentSecurityPolicy('admin', http_))['frame-src']).toEqual(["'self'"])
    expect(directives(contentSecurityPolicy('site', http_))['frame-src']).toEqual(["'none'"])
  })

  it('the kiosk’s service worker and API reads are allowed from its own origin; images also from SERVER_URL', () => {
    const kiosk = directives(contentSecurityPolicy('kiosk', { ...http_, serverURL: 'https://cms.example.com' }))
    expect(kiosk['worker-src']).toEqual(["'self'"])
    expect(kiosk['connect-src']).toEqual(["'self'"])
    expect(kiosk['img-src']).toContain('https://cms.example.com')
  })

  it('the API loads and frames nothing', () => {
    expect(contentSecurityPolicy('api', http_)).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})

describe('headers by surface', () => {
  it('every surface forbids MIME sniffing and sends a referrer policy; build assets get nothing else', () => {
    for (const surface of ['api', 'playground', 'admin', 'site', 'kiosk', 'asset'] as const) {
      expect(securityHeadersFor(surface, http_)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' })
    }
    expect(Object.keys(securityHeadersFor('asset', http_)).sort()).toEqual(['Referrer-Policy', 'X-Content-Type-Options'])
  })

  it('HSTS and upgrade-insecure-requests only when SERVER_URL is https', () => {
    expect(securityHeadersFor('api', http_)['Strict-Transport-Security']).toBeUndefined()
    expect(contentSecurityPolicy('site', http_)).not.toContain('upgrade-insecure-requests')
    const https = { ...http_, serverURL: 'https://cms.example.com' }
    for (const surface of ['api', 'admin', 'site', 'asset'] as const) expect(securityHeadersFor(surface, https)['Strict-Transport-Security']).toBe('max-age=31536000')
    expect(contentSecurityPolicy('site', https)).toContain('upgrade-insecure-requests')
  })

  it('pages isolate their browsing context and turn off camera, microphone, location, payment and USB', () => {
    for (const surface of ['admin', 'site', 'kiosk'] as const) {
      expect(securityHeadersFor(surface, http_)).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Permissions-Policy': expect.stringContaining('camera=()') })
    }
  })
})

describe('the middleware hands Next the nonce of the response', () => {
  async function serve(handler: express.RequestHandler) {
    const app = express()
    app.use(securityHeaders({ env: { serverURL: 'http://localhost:3000', isProduction: true, serveAdmin: true }, config: { routes } }))
    app.use(handler)
    const server = http.createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`
    return { base, close: () => new Promise((resolve) => server.close(resolve)) }
  }

  it('a page request carries the same fresh policy Next reads the nonce from as the response, one nonce per request', async () => {
    const app = await serve((req, res) => res.json({ seen: req.headers['content-security-policy'] ?? null }))
    try {
      const first = await fetch(`${app.base}/th`, { headers: { 'Content-Security-Policy': "script-src 'nonce-chosen-by-client'" } })
      const second = await fetch(`${app.base}/th`)
      const policy = first.headers.get('content-security-policy')!
      expect((await first.json()).seen).toBe(policy)
      expect(policy).not.toContain('chosen-by-client')
      const nonceOf = (value: string) => /'nonce-([^']+)'/.exec(value)![1]
      expect(nonceOf(policy)).toMatch(/^[A-Za-z0-9+/]{22}==$/)
      expect(nonceOf(second.headers.get('content-security-policy')!)).not.toBe(nonceOf(policy))
    } finally {
      await app.close()
    }
  })

  it('a policy sent by a client never reaches a handler of any other surface', async () => {
    const app = await serve((req, res) => res.json({ seen: req.headers['content-security-policy'] ?? req.headers['content-security-policy-report-only'] ?? null }))
    try {
      const response = await fetch(`${app.base}/api/articles`, { headers: { 'Content-Security-Policy-Report-Only': "script-src 'nonce-x'" } })
      expect((await response.json()).seen).toBeNull()
    } finally {
      await app.close()
    }
  })
})

describe('uploaded files', () => {
  const served = (contentType: string | null) => {
    const headers = new Headers()
    if (contentType) headers.set('Content-Type', contentType)
    return safeFileHeaders({ headers })
  }

  it.each(['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif'])('%s is shown inline', (type) => {
    const headers = served(type)
    expect(headers.get('content-disposition')).toBeNull()
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toBe(FILE_CONTENT_SECURITY_POLICY)
  })

  it.each(['image/svg+xml', 'application/pdf', 'text/html', 'text/html; charset=utf-8', 'application/xml', 'text/plain', 'application/octet-stream', null])('%s is a download', (type) => {
    const headers = served(type)
    expect(headers.get('content-disposition')).toBe('attachment')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
  })
})
