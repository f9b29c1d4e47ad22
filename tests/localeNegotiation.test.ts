import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { negotiateLocale, parseAcceptLanguage } from '../src/server/negotiateLocale'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'

let server: TestServer
let staff: Staff
let id: number

beforeAll(async () => {
  server = await startTestServer('locale_negotiation')
  staff = await createStaff(server)
  id = (await publishThroughReview(server, staff, 'conditions', { name: 'Neck pain', summary: 'Pain in the neck.', bodyRegions: ['neck'] }, { name: 'ปวดคอ', summary: 'อาการปวดบริเวณคอ' })).id
})
afterAll(async () => {
  await server?.close()
})

const read = (path: string, acceptLanguage?: string) =>
  apiClient(server).get(path, acceptLanguage ? { 'Accept-Language': acceptLanguage } : {})

describe('Accept-Language parsing', () => {
  it('orders preferences by quality and matches regional tags to a language', () => {
    expect(parseAcceptLanguage('en;q=0.5, th-TH, th;q=0.9, fr;q=0')).toEqual([
      { tag: 'th-th', q: 1 },
      { tag: 'th', q: 0.9 },
      { tag: 'en', q: 0.5 },
    ])
    expect(negotiateLocale('th-TH,th;q=0.9,en;q=0.8', ['en', 'th'], 'en')).toBe('th')
    expect(negotiateLocale('fr-FR, de;q=0.5', ['en', 'th'], 'en')).toBe('en')
    expect(negotiateLocale('en;q=0.4, th;q=0.6', ['en', 'th'], 'en')).toBe('th')
    expect(negotiateLocale(undefined, ['en', 'th'], 'en')).toBe('en')
  })
})

describe('locale negotiation on the API', () => {
  it('serves Thai to a read without ?locale= that asks for Thai, and says so in the headers', async () => {
    const response = await read(`/api/conditions/${id}`, 'th-TH,th;q=0.9,en;q=0.8')
    expect(response.status).toBe(200)
    expect(response.body.name).toBe('ปวดคอ')
    expect(response.headers.get('content-language')).toBe('th')
    expect(response.headers.get('vary')).toMatch(/Accept-Language/i)
  })

  it('serves English by default, to other languages, and whenever ?locale= says so', async () => {
    expect((await read(`/api/conditions/${id}`)).body.name).toBe('Neck pain')
    expect((await read(`/api/conditions/${id}`, 'fr-FR')).headers.get('content-language')).toBe('en')
    const explicit = await read(`/api/conditions/${id}?locale=en`, 'th')
    expect(explicit.body.name).toBe('Neck pain')
    expect(explicit.headers.get('content-language')).toBe('en')
    expect(explicit.headers.get('vary')).toMatch(/Accept-Language/i)
  })

  it('negotiates list reads too', async () => {
    const list = await read('/api/conditions?where[slug][equals]=neck-pain', 'th')
    expect(list.body.docs[0].name).toBe('ปวดคอ')
  })

  it('never negotiates a write: saving into a language must be asked for explicitly', async () => {
    const response = await fetch(`${server.baseURL}/api/conditions/${id}?draft=true`, {
      method: 'PATCH',
      headers: { Authorization: `JWT ${staff.editor}`, 'Content-Type': 'application/json', 'Accept-Language': 'th' },
      body: JSON.stringify({ summary: 'Pain and stiffness in the neck.' }),
    })
    expect(response.status).toBe(200)
    const english = await apiClient(server, staff.editor).get(`/api/conditions/${id}?draft=true&locale=en`)
    expect(english.body.summary).toBe('Pain and stiffness in the neck.')
    const thai = await apiClient(server, staff.editor).get(`/api/conditions/${id}?draft=true&locale=th`)
    expect(thai.body.summary).toBe('อาการปวดบริเวณคอ')
  })
})

describe('our own error messages', () => {
  it('answer in the caller’s language', async () => {
    const thai = await read('/api/conditions?locale=tha', 'th')
    expect(thai.status).toBe(400)
    expect(thai.headers.get('content-language')).toBe('th')
    expect(thai.body.errors[0].message).toBe('ไม่รู้จัก locale "tha" โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: en, th, all')
    const english = await read('/api/conditions?locale=tha', 'en-GB')
    expect(english.body.errors[0].message).toBe('Unknown locale "tha". Use one of: en, th, all.')
    const notFound = await read('/nothing-here', 'th')
    expect(notFound.status).toBe(404)
    expect(notFound.body.errors[0].message).toBe('ไม่พบหน้าที่ขอ เซิร์ฟเวอร์นี้ให้บริการ /api, /healthz และ /readyz')
  })
})

describe('caching headers', () => {
  it('lets anonymous reads of published content be cached briefly', async () => {
    const response = await read(`/api/conditions/${id}`, 'th')
    expect(response.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(response.headers.get('vary')).toMatch(/Accept-Language/i)
    expect(response.headers.get('vary')).toMatch(/Origin/)
    // A browser must not answer a signed-in read of the same URL from the anonymous copy.
    expect(response.headers.get('vary')).toMatch(/Cookie/)
    expect(response.headers.get('vary')).toMatch(/Authorization/)
    const profile = await read('/api/globals/clinic-profile', 'th')
    expect(profile.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600')
  })

  it('never lets a cache keep who is signed in: the anonymous answer of /api/users/me is not stored', async () => {
    // The admin asks /users/me before the login; a cached "nobody" would outlive the login.
    const me = await read('/api/users/me', 'en')
    expect(me.status).toBe(200)
    expect(me.body.user).toBeNull()
    expect(me.headers.get('cache-control')).toBe('no-store')
    const preferences = await read('/api/payload-preferences/locale', 'en')
    expect(preferences.headers.get('cache-control')).toBe('no-store')
  })

  it('never lets a cache keep what was read with credentials, or errors', async () => {
    const staffRead = await apiClient(server, staff.editor).get(`/api/conditions/${id}?draft=true`)
    expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
    const cookieRead = await fetch(`${server.baseURL}/api/conditions/${id}`, { headers: { Cookie: `payload-token=${staff.editor}` } })
    expect(cookieRead.headers.get('cache-control')).toBe('private, no-store')
    expect((await read('/api/conditions?locale=tha')).headers.get('cache-control')).toBe('no-store')
    expect((await read('/api/conditions/999999')).headers.get('cache-control')).toBe('no-store')
  })

  it('keeps the rules of our own endpoints', async () => {
    const queue = await apiClient(server, staff.editor).get('/api/review-queue')
    expect(queue.headers.get('cache-control')).toBe('no-store')
  })
})
