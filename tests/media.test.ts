import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { createStaff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { png, uploadForm } from './helpers/uploads'

let server: TestServer
let editorToken: string


beforeAll(async () => {
  // 0.25 MB limit so that an oversized upload is cheap to make.
  server = await startTestServer('media', { MEDIA_MAX_FILE_SIZE_MB: '0.25' })
  editorToken = (await createStaff(server)).editor
})
afterAll(async () => {
  await server?.close()
})

describe('media uploads', () => {
  it('stores an image with its sizes in the configured media folder', async () => {
    const form = uploadForm(await png(1200, 800), 'acupuncture-room.png', 'image/png', {
      alt: 'Treatment room with a padded table',
    })
    const response = await apiClient(server, editorToken).post('/api/media', form)
    expect(response.status).toBe(201)
    const doc = response.body.doc
    expect(doc.mimeType).toBe('image/png')
    expect(Object.keys(doc.sizes)).toEqual(expect.arrayContaining(['thumbnail', 'card', 'hero']))
    const mediaDir = server.runtime.env.mediaDir
    expect(fs.existsSync(path.join(mediaDir, doc.filename))).toBe(true)
    expect(fs.existsSync(path.join(mediaDir, doc.sizes.thumbnail.filename))).toBe(true)
  })

  it('keeps alt text per locale and falls back to English for Thai', async () => {
    const created = await apiClient(server, editorToken).post(
      '/api/media?locale=en',
      uploadForm(await png(40, 40), 'needles.png', 'image/png', { alt: 'Sterile single-use needles' }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const fallback = await apiClient(server).get(`/api/media/${id}?locale=th`)
    expect(fallback.body.alt).toBe('Sterile single-use needles')
    const translated = await apiClient(server, editorToken).patch(`/api/media/${id}?locale=th`, {
      alt: 'เข็มปลอดเชื้อชนิดใช้ครั้งเดียว',
    })
    expect(translated.status).toBe(200)
    const thai = await apiClient(server).get(`/api/media/${id}?locale=th`)
    expect(thai.body.alt).toBe('เข็มปลอดเชื้อชนิดใช้ครั้งเดียว')
    const english = await apiClient(server).get(`/api/media/${id}?locale=en`)
    expect(english.body.alt).toBe('Sterile single-use needles')
  })

  it('requires alt text', async () => {
    const response = await apiClient(server, editorToken).post(
      '/api/media',
      uploadForm(await png(40, 40), 'no-alt.png', 'image/png', {}),
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/alt/i)
  })

  it('rejects an SVG upload', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const response = await apiClient(server, editorToken).post(
      '/api/media',
      uploadForm(svg, 'logo.svg', 'image/svg+xml', { alt: 'Logo' }),
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/file type|not allowed|invalid/i)
  })

  it('rejects HTML disguised as a PNG', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    const response = await apiClient(server, editorToken).post(
      '/api/media',
      uploadForm(html, 'photo.png', 'image/png', { alt: 'Photo' }),
    )
    expect(response.status).toBe(400)
  })

  it('rejects a file over the size limit with a 4xx and stores nothing', async () => {
    const before = await server.runtime.pool.query('SELECT count(*)::int AS n FROM media')
    const big = await png(600, 600, { noise: true })
    expect(big.length).toBeGreaterThan(0.25 * 1024 * 1024)
    const response = await apiClient(server, editorToken).post(
      '/api/media',
      uploadForm(big, 'huge.png', 'image/png', { alt: 'Too big' }),
    )
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const after = await server.runtime.pool.query('SELECT count(*)::int AS n FROM media')
    expect(after.rows[0].n).toBe(before.rows[0].n)
  })

  it('refuses uploads from anonymous callers', async () => {
    const response = await apiClient(server).post(
      '/api/media',
      uploadForm(await png(10, 10), 'anon.png', 'image/png', { alt: 'Anonymous' }),
    )
    expect(response.status).toBe(403)
  })
})
