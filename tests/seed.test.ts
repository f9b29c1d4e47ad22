import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed, type SeedReport } from '../src/seed'
import { SAMPLE_USERS } from '../src/seed/sampleUsers'
import { apiClient, login } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let firstReport: SeedReport
const anonymous = () => apiClient(server)
const CONTENT = ['articles', 'conditions', 'treatment-methods', 'contraindications'] as const

/** Every { en, th } pair in a locale=all document whose English is filled must have Thai too. */
function missingThai(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => missingThai(item, `${path}[${index}]`))
  if (!value || typeof value !== 'object') return []
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length > 0 && keys.every((key) => key === 'en' || key === 'th') && 'en' in record) {
    const english = JSON.stringify(record.en ?? '')
    const thai = record.th
    const empty = thai === undefined || thai === null || thai === '' || (Array.isArray(thai) && thai.length === 0 && english !== '[]')
    return empty && english !== '""' && english !== 'null' ? [path] : []
  }
  return keys.flatMap((key) => missingThai(record[key], path ? `${path}.${key}` : key))
}

beforeAll(async () => {
  server = await startTestServer('seed')
  firstReport = await seed(server.runtime.payload, { withUsers: true })
})
afterAll(async () => {
  await server?.close()
})

describe('sample content', () => {
  it('creates at least the promised numbers of published documents', async () => {
    const minimum = { articles: 6, conditions: 8, 'treatment-methods': 5, contraindications: 6 }
    for (const [collection, count] of Object.entries(minimum)) {
      const response = await anonymous().get(`/api/${collection}?limit=1`)
      expect(response.body.totalDocs, collection).toBeGreaterThanOrEqual(count)
      expect(firstReport[collection]!.created).toBe(response.body.totalDocs)
    }
    const profile = await anonymous().get('/api/globals/clinic-profile')
    expect(profile.body.name).toBeTruthy()
  })

  it('has Thai for every field that has English, in every seeded document and the clinic profile', async () => {
    for (const collection of CONTENT) {
      const response = await anonymous().get(`/api/${collection}?locale=all&fallback-locale=none&depth=0&limit=100`)
      for (const doc of response.body.docs) {
        expect(missingThai(doc), `${collection}/${doc.slug}`).toEqual([])
        expect(doc.name?.th ?? doc.title?.th).toMatch(/[\u0E00-\u0E7F]/)
      }
    }
    const profile = await anonymous().get('/api/globals/clinic-profile?locale=all&fallback-locale=none&depth=0')
    expect(missingThai(profile.body)).toEqual([])
  })

  it('gives every article references, a reviewer, a review date and a disclaimer', async () => {
    const response = await anonymous().get('/api/articles?depth=0&limit=100&locale=all')
    for (const article of response.body.docs) {
      expect(article.references.length, article.slug).toBeGreaterThan(0)
      expect(article.medicalReview, article.slug).not.toHaveProperty('reviewedBy')
      expect(article.medicalReview.reviewerName, article.slug).toBe('Dr. Rin Reviewer')
      expect(article.medicalReview.lastReviewedAt, article.slug).toBeTruthy()
      expect(article.disclaimer.en).toBeTruthy()
      expect(article.disclaimer.th).toMatch(/[\u0E00-\u0E7F]/)
      expect(article.readingTimeMinutes.en).toBeGreaterThan(0)
    }
  })

  it('links the documents to each other', async () => {
    const conditions = await anonymous().get('/api/conditions?depth=1&limit=100&locale=th')
    const withMethods = conditions.body.docs.filter((doc: { recommendedMethods: unknown[] }) => doc.recommendedMethods.length > 0)
    expect(withMethods.length).toBe(conditions.body.docs.length)
    const linked = conditions.body.docs.filter((doc: { relatedArticles: { docs: unknown[] } }) => doc.relatedArticles.docs.length > 0)
    expect(linked.length).toBeGreaterThan(0)
    const contraindications = await anonymous().get('/api/contraindications?depth=1&limit=100')
    expect(contraindications.body.docs.some((doc: { treatmentMethods: { docs: unknown[] } }) => doc.treatmentMethods.docs.length > 0)).toBe(true)
  })

  it('uses obviously sample contact details', async () => {
    const profile = await anonymous().get('/api/globals/clinic-profile')
    expect(profile.body.contact.email).toMatch(/@example\.com$/)
    expect(profile.body.contact.website).toMatch(/example\.com/)
  })

  it('never promises a cure', async () => {
    for (const collection of CONTENT) {
      const response = await anonymous().get(`/api/${collection}?locale=all&depth=0&limit=100`)
      expect(JSON.stringify(response.body).toLowerCase(), collection).not.toMatch(/\bcures?\b|guarantee|รักษาหายขาด/)
    }
  })

  it('records every seeded language as published in review, so a later edit goes back to review', async () => {
    const admin = await login(server, 'admin@example.com', 'admin-dev-password')
    for (const collection of ['articles', 'conditions', 'treatment-methods', 'contraindications']) {
      const [doc] = (await anonymous().get(`/api/${collection}?limit=1&sort=id`)).body.docs
      const review = await apiClient(server, admin).get(`/api/${collection}/${doc.id}/review`)
      expect(review.body.stages, collection).toEqual({ en: 'published', th: 'published' })
    }
    const [condition] = (await anonymous().get('/api/conditions?limit=1&sort=-id')).body.docs
    const editor = await login(server, 'editor@example.com', 'editor-dev-password')
    await apiClient(server, editor).patch(`/api/conditions/${condition.id}?locale=th&draft=true`, { summary: 'แก้ไขโดยคลินิก' })
    expect((await apiClient(server, admin).get(`/api/conditions/${condition.id}/review`)).body.stages).toEqual({ en: 'published', th: 'draft' })
  })

  it('creates one sample user per role, who can log in', async () => {
    for (const user of SAMPLE_USERS) {
      await expect(login(server, user.email, user.password)).resolves.toBeTruthy()
    }
  })
})

describe('running the seed again', () => {
  it('changes nothing', async () => {
    const again = await seed(server.runtime.payload, { withUsers: true })
    for (const entry of Object.values(again)) expect(entry.created).toBe(0)
    const articles = await anonymous().get('/api/articles?limit=1')
    expect(articles.body.totalDocs).toBe(firstReport.articles!.created)
  })

  it('keeps edits made in the admin, unless --reset', async () => {
    const editor = await login(server, 'editor@example.com', 'editor-dev-password')
    const [first] = (await anonymous().get('/api/conditions?limit=1&sort=id')).body.docs
    const edited = await apiClient(server, editor).patch(`/api/conditions/${first.id}?draft=true`, { name: 'Edited by the clinic' })
    expect(edited.status).toBe(200)

    await seed(server.runtime.payload, { withUsers: true })
    expect((await apiClient(server, editor).get(`/api/conditions/${first.id}?draft=true`)).body.name).toBe('Edited by the clinic')

    await seed(server.runtime.payload, { withUsers: true, reset: true })
    const bySlug = await anonymous().get(`/api/conditions?where[slug][equals]=${first.slug}`)
    expect(bySlug.body.docs[0].name).not.toBe('Edited by the clinic')
    expect(bySlug.body.docs[0].name).toBe(first.name)
  })
})
