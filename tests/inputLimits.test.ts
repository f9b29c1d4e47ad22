import type { FlattenedField } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isPlainFileName } from '../src/hooks/refuseUnsafeFileNames'
import { malformedData, type CheckContext } from '../src/hooks/malformedData'
import { listParamProblem } from '../src/hooks/readArgs'
import { bodyLimitFor } from '../src/server/bodyLimit'
import { bodyProblem } from '../src/server/bodyShape'
import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

// The rules on their own: fast, no server.

describe('input rules', () => {
  it('accepts whole page, limit and depth values within bounds and names the first one that is not', () => {
    expect(listParamProblem({ page: '1', limit: '0', depth: '4' }, 4)).toBeUndefined()
    expect(listParamProblem({ page: 3, limit: 1000 }, 4)).toBeUndefined()
    expect(listParamProblem({ page: '0' }, 4)).toMatchObject({ name: 'page', min: 1 })
    expect(listParamProblem({ limit: '1001' }, 4)).toMatchObject({ name: 'limit', max: 1000 })
    expect(listParamProblem({ depth: '5' }, 4)).toMatchObject({ name: 'depth', max: 4 })
    for (const value of ['-1', 'abc', '1.5', '1e3', ' 1', '99999999999999999999', '']) {
      expect(listParamProblem({ page: value }, 4), value).toMatchObject({ name: 'page', value })
    }
  })

  it('picks the body limit by path, then by content type', () => {
    const limits = { json: 2, multipart: 11, ownFormat: { '/api/translations/import': 20 } }
    expect(bodyLimitFor(limits, '/api/articles', 'application/json')).toBe(2)
    expect(bodyLimitFor(limits, '/api/media', 'multipart/form-data; boundary=x')).toBe(11)
    expect(bodyLimitFor(limits, '/api/translations/import', 'multipart/form-data; boundary=x')).toBe(20)
    expect(bodyLimitFor(limits, '/api/articles', undefined)).toBe(2)
  })

  it('lets through what Payload reads and refuses the rest', () => {
    const form = (parts: string) => Buffer.from(parts, 'latin1')
    expect(bodyProblem(Buffer.from('{"title":"x"}'), 'application/json; charset=utf-8')).toBeUndefined()
    expect(bodyProblem(Buffer.alloc(0), undefined)).toBeUndefined()
    expect(bodyProblem(Buffer.from('x'), 'text/plain')).toMatchObject({ status: 415 })
    expect(bodyProblem(Buffer.from('x'), 'Application/JSON')).toMatchObject({ status: 415 })
    expect(bodyProblem(Buffer.from('{"a":'), 'application/json')).toMatchObject({ status: 400, key: 'invalidJson' })
    const good = '--b\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\nPNG\r\n--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--b--\r\n'
    expect(bodyProblem(form(good), 'multipart/form-data; boundary=b')).toBeUndefined()
    expect(bodyProblem(form(good), 'multipart/form-data')).toMatchObject({ key: 'malformedForm' })
    expect(bodyProblem(form(good.slice(0, 60)), 'multipart/form-data; boundary=b')).toMatchObject({ key: 'malformedForm' })
    expect(bodyProblem(form(good.replace('{"alt":"x"}', '{alt}')), 'multipart/form-data; boundary=b')).toMatchObject({ key: 'malformedForm' })
    expect(bodyProblem(form(good.replace('a.png', '../../a.png')), 'multipart/form-data; boundary=b')).toMatchObject({ key: 'unsafeFileName' })
    expect(bodyProblem(form(good.replace('filename="a.png"', "filename*=utf-8''..%2Fa.png")), 'multipart/form-data; boundary=b')).toMatchObject({ key: 'unsafeFileName' })
  })

  it('takes plain file names only', () => {
    for (const name of ['photo.png', 'ภาพ ห้องรักษา.webp', 'a-b_c (1).jpg']) expect(isPlainFileName(name), name).toBe(true)
    for (const name of ['../x.png', 'a/b.png', 'a\\b.png', '.htaccess', 'a..b.png', 'a\u0000.png', '', 'x'.repeat(256)]) expect(isPlainFileName(name), name).toBe(false)
  })

  const field = (definition: Record<string, unknown>) => definition as unknown as FlattenedField
  const fields: FlattenedField[] = [
    field({ name: 'title', type: 'text', maxLength: 10, localized: true }),
    field({ name: 'count', type: 'number' }),
    field({ name: 'when', type: 'date' }),
    field({ name: 'kind', type: 'select', options: ['a', { value: 'b', label: 'B' }] }),
    field({ name: 'author', type: 'relationship', relationTo: 'users' }),
    field({ name: 'tags', type: 'relationship', relationTo: 'tags', hasMany: true }),
    field({ name: 'body', type: 'richText' }),
    field({ name: 'rows', type: 'array', flattenedFields: [field({ name: 'id', type: 'text' }), field({ name: 'text', type: 'text' })] }),
    field({ name: 'seo', type: 'group', flattenedFields: [field({ name: 'title', type: 'text', maxLength: 5 })] }),
    field({ name: 'derived', type: 'checkbox', virtual: true }),
  ]
  const context: CheckContext = { refuseUnknownKeys: true, localeAll: false, locales: ['en', 'th'], defaultMaxTextLength: 40_000, idType: () => 'number' }
  const problems = (data: Record<string, unknown>, extra: Partial<CheckContext> = {}) =>
    malformedData(fields, data, { ...context, ...extra }).map(({ path, key }) => `${path}: ${key}`)

  it('finds nothing wrong with well-formed data, populated relations and nulls included', () => {
    expect(
      problems({
        id: 1,
        title: 'Short',
        count: '3',
        when: '2025-01-31',
        kind: 'b',
        author: { id: 3, email: 'x' },
        tags: ['4', 5],
        body: richText(['x']),
        rows: [{ id: 'r1', text: 'x' }],
        seo: { title: null },
        derived: 'anything',
        _status: 'draft',
        updatedAt: '2025-01-01T00:00:00Z',
      }),
    ).toEqual([])
  })

  it('names each malformed value by its path', () => {
    expect(
      problems({
        title: 'x'.repeat(11),
        count: 'many',
        when: '2025-02-30',
        kind: 'c',
        author: 'abc',
        tags: [1, 2147483648],
        body: 'text',
        rows: [{ text: {} }, 3],
        seo: { title: 'toolong', extra: 1 },
        nope: 1,
      }),
    ).toEqual([
      'title: tooLong',
      'count: expected.number',
      'when: expected.date',
      'kind: expected.select',
      'author: expected.id',
      'tags: expected.id',
      'body: expected.richText',
      'rows.0.text: expected.text',
      'rows.1: expected.object',
      'seo.title: tooLong',
      'seo.extra: unknownField',
      'nope: unknownField',
    ])
  })

  it('lets our own code through with keys that are not fields, and checks each language of a locale=all write', () => {
    expect(problems({ nope: 1 }, { refuseUnknownKeys: false })).toEqual([])
    expect(problems({ title: { en: 'ok', th: 'x'.repeat(11) } }, { localeAll: true })).toEqual(['title.th: tooLong'])
    expect(problems({ title: 'a\u0000b' })).toEqual(['title: nulCharacter'])
  })
})

// Through the real server: what must keep working next to the limits.

describe('within the limits', () => {
  let server: TestServer
  let staff: Staff
  beforeAll(async () => {
    server = await startTestServer('input-limits')
    staff = await createStaff(server)
  })
  afterAll(async () => {
    await server?.close()
  })

  it('saves a long article (1.6 MB of rich text) under the 2 MB body limit', async () => {
    const body = richText(Array.from({ length: 4000 }, (_, index) => `Paragraph ${index} ${'word '.repeat(40)}`))
    const created = await apiClient(server, staff.editor).post('/api/articles?draft=true', { title: 'A long article', body })
    expect(created.status).toBe(201)
  })

  it('reads a streamed (chunked) JSON body whole', async () => {
    const json = new TextEncoder().encode(JSON.stringify({ title: 'Sent in chunks' }))
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < json.length; at += 5) controller.enqueue(json.slice(at, at + 5))
        controller.close()
      },
    })
    const response = await fetch(`${server.baseURL}/api/articles?draft=true`, {
      method: 'POST',
      headers: { Authorization: `JWT ${staff.editor}`, 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(201)
    expect((await response.json()).doc.title).toBe('Sent in chunks')
  })

  it("answers the admin's method-override query (a POST with the query as a form) like the GET it stands for", async () => {
    const query = 'depth=0&draft=true&limit=5&locale=en&where[and][0][id][not_in][0]=999&select[title]=true&sort=title'
    const viaGet = await apiClient(server, staff.editor).get(`/api/articles?${query}`)
    const viaPost = await fetch(`${server.baseURL}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `JWT ${staff.editor}`, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' },
      body: query,
    })
    expect(viaGet.status).toBe(200)
    expect(viaPost.status).toBe(200)
    expect((await viaPost.json()).docs).toEqual(viaGet.body.docs)
  })

  it('says in Thai that a request is too large, with its own Content-Language', async () => {
    const response = await fetch(`${server.baseURL}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `JWT ${staff.editor}`, 'Content-Type': 'application/json', 'Accept-Language': 'th-TH,th;q=0.9' },
      body: 'x'.repeat(3 * 1024 * 1024),
    })
    expect(response.status).toBe(413)
    expect(response.headers.get('content-language')).toBe('th')
    expect((await response.json()).errors[0].message).toBe('คำขอมีขนาดใหญ่เกินไป: ที่นี่รับได้ไม่เกิน 2 MB')
  })
})
