import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'

let server: TestServer
let staff: Staff
const anonymous = () => apiClient(server)
const as = (token: string) => apiClient(server, token)
const reference = [{ title: 'Acupuncture: What You Need To Know', publisher: 'NCCIH', year: 2022 }]

const createPublished = (collection: string, en: Record<string, unknown>, th?: Record<string, unknown>) =>
  publishThroughReview(server, staff, collection, en, th)

const condition = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  summary: `${name} summary`,
  bodyRegions: ['lower-back'],
  ...extra,
})

beforeAll(async () => {
  server = await startTestServer('content')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

describe('bilingual content over REST', () => {
  it('stores English and Thai separately and falls back to English where Thai is missing', async () => {
    const doc = await createPublished(
      'contraindications',
      { name: 'Bleeding disorders', severity: 'relative', description: 'Blood that clots slowly.', advice: 'Tell the practitioner.' },
      { name: 'ภาวะเลือดออกง่าย', description: 'เลือดแข็งตัวช้ากว่าปกติ' },
    )
    const thai = await anonymous().get(`/api/contraindications/${doc.id}?locale=th`)
    expect(thai.status).toBe(200)
    expect(thai.body.name).toBe('ภาวะเลือดออกง่าย')
    expect(thai.body.description).toBe('เลือดแข็งตัวช้ากว่าปกติ')
    expect(thai.body.advice).toBe('Tell the practitioner.')
    const english = await anonymous().get(`/api/contraindications/${doc.id}?locale=en`)
    expect(english.body.name).toBe('Bleeding disorders')
    const noFallback = await anonymous().get(`/api/contraindications/${doc.id}?locale=th&fallback-locale=none`)
    expect(noFallback.body.advice ?? null).toBeNull()
  })

  it('serves a document published only in English to Thai readers, in English', async () => {
    const doc = await createPublished('treatment-methods', { name: 'Moxibustion', summary: 'Gentle heat.' })
    const thai = await anonymous().get(`/api/treatment-methods/${doc.id}?locale=th`)
    expect(thai.status).toBe(200)
    expect(thai.body).toMatchObject({ name: 'Moxibustion', summary: 'Gentle heat.' })
    const list = await anonymous().get('/api/treatment-methods?locale=th&where[slug][equals]=moxibustion')
    expect(list.body.docs.map((item: { name: string }) => item.name)).toEqual(['Moxibustion'])
  })

  it('returns every language at once with locale=all', async () => {
    const doc = await createPublished('treatment-methods', { name: 'Cupping', summary: 'Suction cups.' }, { name: 'การครอบแก้ว', summary: 'ใช้ถ้วยสุญญากาศ' })
    const all = await anonymous().get(`/api/treatment-methods/${doc.id}?locale=all`)
    expect(all.body.name).toEqual({ en: 'Cupping', th: 'การครอบแก้ว' })
    expect(all.body.summary).toEqual({ en: 'Suction cups.', th: 'ใช้ถ้วยสุญญากาศ' })
  })

  it('pre-fills the disclaimer in each language', async () => {
    const doc = await createPublished('conditions', condition('Tension headache'))
    const all = await anonymous().get(`/api/conditions/${doc.id}?locale=all`)
    expect(all.body.disclaimer.en).toMatch(/does not replace advice from your doctor/)
  })

  it('requires English text before publishing, naming the field and the locale', async () => {
    const response = await as(staff.editor).post('/api/treatment-methods', { summary: 'No name given.' })
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(errors).toContainEqual(expect.objectContaining({ path: 'name', message: expect.stringMatching(/^Name \(English\) is required/) }))
  })

  it('shows the reviewer by name without exposing user accounts', async () => {
    const doc = await createPublished('contraindications', {
      name: 'Seizures',
      severity: 'relative',
      description: 'Poorly controlled epilepsy.',
      advice: 'Bring a companion.',
    })
    const read = await anonymous().get(`/api/contraindications/${doc.id}?depth=2`)
    expect(read.body.medicalReview.reviewerName).toBe('reviewer')
    expect(read.body.medicalReview).not.toHaveProperty('reviewedBy')
    expect(JSON.stringify(read.body)).not.toContain('reviewer@example.com')
    const staffRead = await as(staff.editor).get(`/api/contraindications/${doc.id}?depth=0`)
    expect(staffRead.body.medicalReview.reviewedBy).toBe(staff.ids.reviewer)
  })

  it('rejects an unknown locale with a 400 that lists the choices', async () => {
    const response = await anonymous().get('/api/conditions?locale=tha')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toBe('Unknown locale "tha". Use one of: en, th, all.')
    const fallback = await anonymous().get('/api/conditions?fallback-locale=xx')
    expect(fallback.status).toBe(400)
    const graphql = await anonymous().graphql('{ Conditions(locale: tha) { totalDocs } }')
    expect(graphql.body.errors[0].message).toMatch(/tha/)
  })

  it('serves Thai through GraphQL with fallback to English', async () => {
    await createPublished('conditions', condition('Sciatica', { slug: 'sciatica' }), { name: 'ปวดหลังร้าวลงขา' })
    const response = await anonymous().graphql(
      `{ Conditions(locale: th, where: { slug: { equals: "sciatica" } }) { docs { name summary slug } } }`,
    )
    expect(response.body.data.Conditions.docs).toEqual([{ name: 'ปวดหลังร้าวลงขา', summary: 'Sciatica summary', slug: 'sciatica' }])
  })
})

describe('slugs', () => {
  it('makes the slug from the English name when it is left empty', async () => {
    const doc = await createPublished('conditions', condition('Chronic Low-Back Pain (Lumbago)'))
    expect(doc.slug).toBe('chronic-low-back-pain-lumbago')
  })

  it('keeps one slug for both languages', async () => {
    const doc = await createPublished('conditions', condition('Neck pain'), { name: 'ปวดคอ' })
    const all = await anonymous().get(`/api/conditions/${doc.id}?locale=all`)
    expect(all.body.slug).toBe('neck-pain')
    const thai = await anonymous().get('/api/conditions?locale=th&where[slug][equals]=neck-pain')
    expect(thai.body.docs[0].name).toBe('ปวดคอ')
  })

  it('rejects a slug that is not lower-case ASCII, naming the field', async () => {
    const response = await as(staff.editor).post('/api/conditions', { ...condition('Hip pain'), slug: 'Hip Pain!' })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'slug' })
    expect(response.body.errors[0].data.errors[0].message).toMatch(/lower-case ASCII/)
  })

  it('rejects a slug already used in the same collection', async () => {
    await createPublished('articles', {
      title: 'Unique title',
      slug: 'same-slug',
      body: richText(['Text.']),
      references: reference,
    })
    const response = await as(staff.editor).post('/api/articles', {
      title: 'Another title',
      slug: 'same-slug',
      body: richText(['Text.']),
      references: reference,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/slug/)
  })

  it('asks for an English name or a slug when a document is created in Thai only', async () => {
    const response = await as(staff.editor).post('/api/conditions?locale=th', { ...condition('ปวดสะโพก') })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].message).toMatch(/give the document an English name or type a slug/)
  })
})

describe('clinic profile', () => {
  const profile = (openingHours: unknown) => ({
    name: 'Sample Clinic',
    safetyDisclaimer: 'See a doctor first for severe symptoms.',
    openingHours,
  })

  it('stores split opening hours and closed days as data, readable by anyone', async () => {
    const hours = [
      { day: 'mon', intervals: [{ opens: '10:00', closes: '19:00' }] },
      { day: 'tue', intervals: [{ opens: '09:00', closes: '12:00' }, { opens: '13:00', closes: '17:30' }] },
      { day: 'sun', intervals: [] },
    ]
    const saved = await as(staff.admin).post('/api/globals/clinic-profile?locale=en', profile(hours))
    expect(saved.status).toBe(200)
    const read = await anonymous().get('/api/globals/clinic-profile?locale=th')
    expect(read.body.name).toBe('Sample Clinic')
    expect(read.body.openingHours.map((row: { day: string; intervals: unknown[] }) => [row.day, row.intervals.length])).toEqual([
      ['mon', 1],
      ['tue', 2],
      ['sun', 0],
    ])
    expect(read.body.timeZone).toBe('Asia/Bangkok')
  })

  it.each([
    ['overlapping intervals', [{ opens: '09:00', closes: '13:00' }, { opens: '12:00', closes: '17:00' }], /overlap/],
    ['a time that is not HH:MM', [{ opens: '9am', closes: '17:00' }], /HH:MM/],
    ['closing before opening', [{ opens: '18:00', closes: '09:00' }], /not after it opens/],
  ])('rejects %s with a 400 naming the opening hours', async (_name, intervals, message) => {
    const response = await as(staff.admin).post('/api/globals/clinic-profile', profile([{ day: 'wed', intervals }]))
    expect(response.status).toBe(400)
    const errors = response.body.errors[0].data.errors as Array<{ path: string; message: string }>
    expect(errors.some((error) => error.path.startsWith('openingHours') && message.test(error.message))).toBe(true)
  })

  it('rejects the same weekday twice', async () => {
    const response = await as(staff.admin).post(
      '/api/globals/clinic-profile',
      profile([
        { day: 'fri', intervals: [{ opens: '10:00', closes: '12:00' }] },
        { day: 'fri', intervals: [{ opens: '13:00', closes: '19:00' }] },
      ]),
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/fri is listed twice/)
  })

  it('rejects contact links and reference URLs that are not http(s)', async () => {
    const profile = await as(staff.admin).post('/api/globals/clinic-profile', { contact: { bookingUrl: 'javascript:alert(1)' } })
    expect(profile.status).toBe(400)
    expect(JSON.stringify(profile.body)).toMatch(/not an http\(s\) URL/)
    const article = await as(staff.editor).post('/api/articles', {
      title: 'Bad reference',
      body: richText(['Text.']),
      references: [{ title: 'Somewhere', url: 'ftp://example.com/paper' }],
    })
    expect(article.status).toBe(400)
    expect(article.body.errors[0].data.errors[0].path).toBe('references.0.url')
  })

  it('lets only admins change it', async () => {
    const response = await as(staff.editor).post('/api/globals/clinic-profile', { name: 'Renamed' })
    expect(response.status).toBe(403)
  })
})

describe('relationships and joins', () => {
  it('lists an article under its condition (join) in both languages', async () => {
    const lumbar = await createPublished('conditions', condition('Lumbar strain'), { name: 'กล้ามเนื้อหลังอักเสบ' })
    await createPublished(
      'articles',
      { title: 'Easing a lumbar strain', body: richText(['Rest and move gently.']), conditions: [lumbar.id], references: reference },
      { title: 'บรรเทากล้ามเนื้อหลังอักเสบ', body: richText(['พักและขยับตัวเบา ๆ']) },
    )
    for (const [locale, title] of [
      ['en', 'Easing a lumbar strain'],
      ['th', 'บรรเทากล้ามเนื้อหลังอักเสบ'],
    ]) {
      const read = await anonymous().get(`/api/conditions/${lumbar.id}?locale=${locale}&depth=1`)
      expect(read.body.relatedArticles.docs.map((doc: { title: string }) => doc.title)).toEqual([title])
    }
  })

  it('lists the treatment methods under the contraindication they name', async () => {
    const pregnancy = await createPublished('contraindications', {
      name: 'Pregnancy',
      severity: 'relative',
      description: 'Some points are avoided.',
      advice: 'Tell the practitioner you are pregnant.',
    })
    await createPublished('treatment-methods', { name: 'Electroacupuncture', summary: 'Mild current.', contraindications: [pregnancy.id] })
    const read = await anonymous().get(`/api/contraindications/${pregnancy.id}?depth=1`)
    expect(read.body.treatmentMethods.docs.map((doc: { name: string }) => doc.name)).toEqual(['Electroacupuncture'])
  })

  it('derives the reading time from the body in each language', async () => {
    const long = Array.from({ length: 600 }, () => 'word').join(' ')
    const thaiLong = 'ก'.repeat(1800)
    const doc = await createPublished(
      'articles',
      { title: 'Long read', body: richText([long]), references: reference, readingTimeMinutes: 99 },
      { title: 'บทความยาว', body: richText([thaiLong]) },
    )
    const all = await anonymous().get(`/api/articles/${doc.id}?locale=all`)
    expect(all.body.readingTimeMinutes).toEqual({ en: 3, th: 3 })
  })
})

describe('no draft reaches anonymous readers', () => {
  let draft: { id: number }
  let published: { id: number }

  beforeAll(async () => {
    const created = await as(staff.editor).post('/api/conditions?draft=true', condition('Secret draft condition', { slug: 'secret-draft' }))
    expect(created.status).toBe(201)
    draft = created.body.doc
    published = await createPublished('articles', {
      title: 'Public article',
      body: richText(['Public text.']),
      conditions: [draft.id],
      references: reference,
    })
  })

  it('hides drafts from REST lists and reads by id', async () => {
    const list = await anonymous().get('/api/conditions?limit=100')
    expect(JSON.stringify(list.body)).not.toContain('Secret draft')
    const byId = await anonymous().get(`/api/conditions/${draft.id}`)
    expect([403, 404]).toContain(byId.status)
    expect(JSON.stringify(byId.body)).not.toContain('Secret draft')
  })

  it('ignores draft=true from anonymous readers', async () => {
    const list = await anonymous().get('/api/conditions?draft=true&limit=100')
    expect(JSON.stringify(list.body)).not.toContain('Secret draft')
    const byId = await anonymous().get(`/api/conditions/${draft.id}?draft=true`)
    expect(JSON.stringify(byId.body)).not.toContain('Secret draft')
  })

  it('refuses version history to anonymous readers', async () => {
    const versions = await anonymous().get('/api/conditions/versions')
    expect(versions.status).toBe(403)
    const graphql = await anonymous().graphql('{ versionsConditions { docs { version { name } } } }')
    expect(JSON.stringify(graphql.body)).not.toContain('Secret draft')
  })

  it('hides drafts from GraphQL, with or without draft: true', async () => {
    for (const query of [
      '{ Conditions(limit: 100) { docs { name } } }',
      '{ Conditions(draft: true, limit: 100) { docs { name } } }',
      `{ Condition(id: ${0}) { name } }`.replace('0', String(draft.id)),
    ]) {
      const response = await anonymous().graphql(query)
      expect(JSON.stringify(response.body)).not.toContain('Secret draft')
    }
  })

  it('does not populate a draft related to a published document, at any depth', async () => {
    for (const depth of [1, 2, 3]) {
      const read = await anonymous().get(`/api/articles/${published.id}?depth=${depth}`)
      expect(read.status).toBe(200)
      expect(JSON.stringify(read.body)).not.toContain('Secret draft')
    }
    const graphql = await anonymous().graphql(`{ Article(id: ${published.id}) { title conditions { name } } }`)
    expect(JSON.stringify(graphql.body)).not.toContain('Secret draft')
  })

  it('keeps serving the published version while a newer draft waits', async () => {
    const doc = await createPublished('conditions', condition('Published name'))
    const edited = await as(staff.editor).patch(`/api/conditions/${doc.id}?draft=true`, { name: 'Unpublished rename' })
    expect(edited.status).toBe(200)
    const read = await anonymous().get(`/api/conditions/${doc.id}`)
    expect(read.body.name).toBe('Published name')
    const drafted = await anonymous().get(`/api/conditions/${doc.id}?draft=true`)
    expect(JSON.stringify(drafted.body)).not.toContain('Unpublished rename')
    const staffDraft = await as(staff.reviewer).get(`/api/conditions/${doc.id}?draft=true`)
    expect(staffDraft.body.name).toBe('Unpublished rename')
  })

  it('lets staff read drafts', async () => {
    for (const token of [staff.editor, staff.reviewer, staff.translator, staff.admin]) {
      const read = await as(token).get(`/api/conditions/${draft.id}?draft=true`)
      expect(read.status).toBe(200)
      expect(read.body.name).toBe('Secret draft condition')
    }
  })
})

describe('limits on public reads', () => {
  it('caps anonymous list reads at 100 per page and keeps paging', async () => {
    for (const query of ['limit=0', 'limit=1000', 'pagination=false']) {
      const response = await anonymous().get(`/api/conditions?${query}`)
      expect(response.status).toBe(200)
      expect(response.body.limit).toBeLessThanOrEqual(100)
      expect(response.body).toHaveProperty('totalPages')
    }
  })

  it('does not cap staff', async () => {
    const response = await as(staff.editor).get('/api/conditions?limit=500')
    expect(response.body.limit).toBe(500)
  })
})

describe('who may write', () => {
  it('lets editors create and update, and only admins delete', async () => {
    const doc = await createPublished('contraindications', {
      name: 'Intoxication',
      severity: 'absolute',
      description: 'Under the influence of alcohol.',
      advice: 'Come back another day.',
    })
    expect((await as(staff.editor).patch(`/api/contraindications/${doc.id}?draft=true`, { name: 'Acute intoxication' })).status).toBe(200)
    expect((await as(staff.editor).delete(`/api/contraindications/${doc.id}`)).status).toBe(403)
    expect((await as(staff.admin).delete(`/api/contraindications/${doc.id}`)).status).toBe(200)
  })

  it('refuses writes from anonymous callers, reviewers and translators', async () => {
    const body = condition('Not allowed')
    expect((await anonymous().post('/api/conditions', body)).status).toBe(403)
    expect((await as(staff.reviewer).post('/api/conditions', body)).status).toBe(403)
    expect((await as(staff.translator).post('/api/conditions', body)).status).toBe(403)
  })
})
