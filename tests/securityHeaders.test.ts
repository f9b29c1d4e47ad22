import fs from 'node:fs'
import http from 'node:http'
import type net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createApp } from '../src/server/app'
import { apiClient } from './helpers/api'
import { createStaff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { png, uploadForm } from './helpers/uploads'

let server: TestServer
let editorToken: string

const API_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'referrer-policy': 'strict-origin-when-cross-origin',
}

const FILE_POLICY = "default-src 'none'; sandbox"

function headersOf(response: Response | { headers: Headers }, names: string[]): Record<string, string | null> {
  return Object.fromEntries(names.map((name) => [name, response.headers.get(name)]))
}


beforeAll(async () => {
  server = await startTestServer('security_headers')
  editorToken = (await createStaff(server)).editor
})
afterAll(async () => {
  await server?.close()
})

describe('security headers on the API and probes, over HTTP', () => {
  it.each([
    ['a REST read', '/api/articles?locale=th'],
    ['a REST error (404)', '/api/articles/999999'],
    ['an unknown API route', '/api/no-such-collection'],
    ['a refused read (403)', '/api/users'],
    ['the liveness probe', '/healthz'],
    ['the readiness probe', '/readyz'],
    ['a path nothing serves', '/no-such-page'],
  ])('%s: nosniff, not frameable, loads nothing, referrer policy; no HSTS on http', async (_label, path) => {
    const response = await fetch(`${server.baseURL}${path}`)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    expect(headersOf(response, Object.keys(API_HEADERS))).toEqual(API_HEADERS)
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('a GraphQL answer and a GraphQL error get the same headers', async () => {
    const ok = await apiClient(server).graphql('{ Articles { totalDocs } }')
    expect(ok.status).toBe(200)
    expect(headersOf(ok, Object.keys(API_HEADERS))).toEqual(API_HEADERS)
    const bad = await apiClient(server).graphql('{ nope ')
    expect(bad.body.errors?.length).toBeGreaterThan(0)
    expect(headersOf(bad, Object.keys(API_HEADERS))).toEqual(API_HEADERS)
  })

  it('sends HSTS on every response when SERVER_URL is https', async () => {
    const https = http.createServer(createApp({ runtime: { ...server.runtime, env: { ...server.runtime.env, serverURL: 'https://cms.example.com' } } }))
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve))
    const base = `http://127.0.0.1:${(https.address() as net.AddressInfo).port}`
    try {
      for (const path of ['/healthz', '/api/articles', '/api/articles/999999']) {
        const response = await fetch(`${base}${path}`)
        expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000')
        expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      }
    } finally {
      https.closeAllConnections()
      await new Promise((resolve) => https.close(resolve))
    }
  })
})

describe('uploaded files, over HTTP', () => {
  it('a PNG and its resized copies are shown inline as image/png, unsniffable, under a policy that runs nothing', async () => {
    const created = await apiClient(server, editorToken).post('/api/media', uploadForm(await png(400, 300), 'room.png', 'image/png', { alt: 'Treatment room' }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    for (const filename of [created.body.doc.filename, created.body.doc.sizes.thumbnail.filename]) {
      const response = await fetch(`${server.baseURL}/api/media/file/${filename}`)
      expect(response.status, filename).toBe(200)
      expect(headersOf(response, ['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'x-frame-options']), filename).toEqual({
        'content-type': 'image/png',
        'content-disposition': null,
        'x-content-type-options': 'nosniff',
        'content-security-policy': FILE_POLICY,
        'x-frame-options': 'DENY',
      })
      expect(Buffer.from(await response.arrayBuffer()).subarray(1, 4).toString()).toBe('PNG')
    }
  })

  it('a PNG uploaded as photo.gif with the type image/gif is served as the PNG it is', async () => {
    const created = await apiClient(server, editorToken).post('/api/media', uploadForm(await png(40, 40), 'photo.gif', 'image/gif', { alt: 'A photo' }))
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body.doc.mimeType).toBe('image/png')
    const response = await fetch(`${server.baseURL}/api/media/file/${created.body.doc.filename}`)
    expect(response.headers.get('content-type')).toBe('image/png')
  })

  it('an SVG in the media folder (uploads refuse them) is a download with nosniff and a sandboxing policy, never a page', async () => {
    fs.writeFileSync(path.join(server.runtime.env.mediaDir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>')
    const response = await fetch(`${server.baseURL}/api/media/file/logo.svg`)
    expect(response.status).toBe(200)
    expect(headersOf(response, ['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy', 'x-frame-options'])).toEqual({
      'content-type': 'image/svg+xml',
      'content-disposition': 'attachment',
      'x-content-type-options': 'nosniff',
      'content-security-policy': FILE_POLICY,
      'x-frame-options': 'DENY',
    })
  })

  it('HTML in the media folder is never a page: an .html file and HTML named .png are downloads, unsniffable and sandboxed', async () => {
    const html = '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'
    fs.writeFileSync(path.join(server.runtime.env.mediaDir, 'page.html'), html)
    const page = await fetch(`${server.baseURL}/api/media/file/page.html`)
    expect(headersOf(page, ['content-type', 'content-disposition', 'content-security-policy'])).toEqual({ 'content-type': 'text/html', 'content-disposition': 'attachment', 'content-security-policy': FILE_POLICY })
    fs.writeFileSync(path.join(server.runtime.env.mediaDir, 'disguised.png'), html)
    const disguised = await fetch(`${server.baseURL}/api/media/file/disguised.png`)
    // No image signature and an extension Payload does not map: served as text, and as a download.
    expect(headersOf(disguised, ['content-type', 'content-disposition', 'x-content-type-options', 'content-security-policy'])).toEqual({
      'content-type': 'text/plain',
      'content-disposition': 'attachment',
      'x-content-type-options': 'nosniff',
      'content-security-policy': FILE_POLICY,
    })
  })

  it('a range request of a file keeps the same headers', async () => {
    const created = await apiClient(server, editorToken).post('/api/media', uploadForm(await png(20, 20), 'small.png', 'image/png', { alt: 'Small' }))
    const response = await fetch(`${server.baseURL}/api/media/file/${created.body.doc.filename}`, { headers: { Range: 'bytes=0-3' } })
    expect(response.status).toBe(206)
    expect(headersOf(response, ['content-type', 'x-content-type-options', 'content-security-policy'])).toEqual({ 'content-type': 'image/png', 'x-content-type-options': 'nosniff', 'content-security-policy': FILE_POLICY })
  })
})
