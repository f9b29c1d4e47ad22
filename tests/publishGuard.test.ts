import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { reviewStep } from './helpers/workflow'

let server: TestServer
let staff: Staff
const as = (token?: string) => apiClient(server, token)
const anonymous = () => apiClient(server)

beforeAll(async () => {
  server = await startTestServer('publish_guard')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

const ONLY_ADMINS = /^Only an admin can publish or unpublish/

/** A condition written by the editor in English and, when given, in Thai; nothing submitted yet. */
async function draft(name: string, thai?: string): Promise<number> {
  const created = await as(staff.editor).post('/api/conditions?locale=en&draft=true', { name, summary: `${name}.`, bodyRegions: ['lower-back'] })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  if (thai) {
    const translated = await as(staff.editor).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: thai, summary: `${thai} (สรุป)` })
    expect(translated.status).toBe(200)
  }
  return id
}

const approve = async (id: number, ...locales: string[]) => {
  for (const locale of locales) {
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', locale)
    await reviewStep(server, staff.reviewer, 'conditions', id, 'approve', locale)
  }
}

const publish = (id: number, query = '') => as(staff.admin).patch(`/api/conditions/${id}${query}`, { _status: 'published' })
const stages = async (id: number) => (await as(staff.admin).get(`/api/conditions/${id}/review`)).body
const publicRead = (id: number, locale = 'en') => anonymous().get(`/api/conditions/${id}?locale=${locale}`)

describe('who may publish', () => {
  it('refuses publishing by an editor with a 403 that says why, on REST, GraphQL and bulk update', async () => {
    const id = await draft('Editor publish')
    await approve(id, 'en')
    const rest = await as(staff.editor).patch(`/api/conditions/${id}`, { _status: 'published' })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toMatch(ONLY_ADMINS)

    const graphql = await as(staff.editor).graphql(`mutation { updateCondition(id: ${id}, data: { _status: published }) { id } }`)
    expect(graphql.body.errors[0].message).toMatch(ONLY_ADMINS)

    const bulk = await as(staff.editor).patch(`/api/conditions?where[id][equals]=${id}`, { _status: 'published' })
    expect(bulk.status).toBe(403)
    expect(bulk.body.errors[0].message).toMatch(ONLY_ADMINS)

    const created = await as(staff.editor).post('/api/conditions', { name: 'Born published', summary: 'x', bodyRegions: ['neck'], _status: 'published' })
    expect(created.status).toBe(403)
    expect((await publicRead(id)).status).not.toBe(200)
  })

  it('refuses a non-draft save by an editor that would change what the public sees', async () => {
    const id = await draft('Live edit')
    await approve(id, 'en')
    expect((await publish(id)).status).toBe(200)
    const edit = await as(staff.editor).patch(`/api/conditions/${id}`, { summary: 'Changed straight on the live page.' })
    expect(edit.status).toBe(403)
    expect(edit.body.errors[0].message).toMatch(ONLY_ADMINS)
    expect((await publicRead(id)).body.summary).toBe('Live edit.')
  })
})

describe('publishing needs approval of the exact text', () => {
  it('rejects publish without medical approval, naming the locale and its stage, and records the refusal', async () => {
    const id = await draft('Not yet approved')
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', 'en')
    const response = await publish(id)
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toBe(
      'Cannot publish: the English version is "in review" and has not been approved by a medical reviewer.',
    )
    expect((await publicRead(id)).status).not.toBe(200)
    const { events } = await stages(id)
    expect(events[0]).toMatchObject({ action: 'publish_refused', locale: 'en', actor: staff.ids.admin, comment: response.body.errors[0].message })
  })

  it('refuses an unapproved publish through GraphQL too', async () => {
    const id = await draft('GraphQL publish')
    const response = await as(staff.admin).graphql(`mutation { updateCondition(id: ${id}, data: { _status: published }) { id } }`)
    expect(response.body.errors[0].message).toMatch(/English version is "draft" and has not been approved/)
    expect((await publicRead(id)).status).not.toBe(200)
  })

  it('refuses to create a document already published: it has had no review', async () => {
    const response = await as(staff.admin).post('/api/conditions', { name: 'Instant', summary: 'x', bodyRegions: ['neck'], _status: 'published' })
    expect(response.status).toBe(409)
    expect((await anonymous().get('/api/conditions?where[name][equals]=Instant')).body.docs).toHaveLength(0)
  })

  it('publishes the approved documents of a bulk update and refuses the others, each with its reason', async () => {
    const approved = await draft('Bulk approved')
    await approve(approved, 'en')
    const pending = await draft('Bulk pending')
    const response = await as(staff.admin).patch(`/api/conditions?where[id][in]=${approved},${pending}`, { _status: 'published' })
    expect(response.body.docs.map((doc: { id: number }) => doc.id)).toEqual([approved])
    expect(response.body.errors).toEqual([expect.objectContaining({ id: pending, message: expect.stringMatching(/has not been approved/) })])
    expect((await publicRead(approved)).status).toBe(200)
    expect((await publicRead(pending)).status).not.toBe(200)
  })

  it('records the reviewer and date in the medical review group on approval, without publishing', async () => {
    const id = await draft('Reviewed by whom')
    await approve(id, 'en')
    const staffRead = await as(staff.editor).get(`/api/conditions/${id}?draft=true&depth=0`)
    expect(staffRead.body.medicalReview.reviewedBy).toBe(staff.ids.reviewer)
    expect(staffRead.body.medicalReview.reviewerName).toBe('reviewer')
    expect(Date.now() - new Date(staffRead.body.medicalReview.lastReviewedAt).getTime()).toBeLessThan(60_000)
    expect((await publicRead(id)).status).not.toBe(200)
    const { events } = await stages(id)
    const approval = events.find((event: { action: string }) => event.action === 'approve')
    const state = (await as(staff.admin).get(`/api/review-states?where[documentId][equals]=${id}&where[locale][equals]=en`)).body.docs[0]
    expect(state).toMatchObject({ stage: 'approved', approvedVersionId: approval.versionId })
    expect(state.approvedFingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps the approval’s review record when a stale admin form is published, and lets nobody type one in', async () => {
    const id = await draft('Stale form')
    await approve(id, 'en')
    const stale = { medicalReview: { reviewedBy: null, lastReviewedAt: null } }
    expect((await as(staff.admin).patch(`/api/conditions/${id}`, { ...stale, _status: 'published' })).status).toBe(200)
    expect((await publicRead(id)).body.medicalReview).toMatchObject({ reviewerName: 'reviewer' })
    expect((await as(staff.admin).get(`/api/conditions/${id}?depth=0`)).body.medicalReview.reviewedBy).toBe(staff.ids.reviewer)
    await as(staff.editor).patch(`/api/conditions/${id}?draft=true`, { medicalReview: { reviewedBy: staff.ids.editor, lastReviewedAt: '2030-01-01' } })
    const draftRead = await as(staff.editor).get(`/api/conditions/${id}?draft=true&depth=0`)
    expect(draftRead.body.medicalReview.reviewedBy).toBe(staff.ids.reviewer)
  })

  it('refuses text edited after approval until it is approved again', async () => {
    const id = await draft('Edited after approval')
    await approve(id, 'en')
    await as(staff.editor).patch(`/api/conditions/${id}?draft=true`, { summary: 'A late change nobody reviewed.' })
    const refused = await publish(id)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/English version is "draft"/)
    await approve(id, 'en')
    expect((await publish(id)).status).toBe(200)
    expect((await publicRead(id)).body.summary).toBe('A late change nobody reviewed.')
  })

  it('refuses a publish request that itself changes the approved text', async () => {
    const id = await draft('Sneaky publish')
    await approve(id, 'en')
    const response = await as(staff.admin).patch(`/api/conditions/${id}`, { summary: 'Changed while publishing.', _status: 'published' })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/not the version the medical reviewer approved/)
    expect((await publicRead(id)).status).not.toBe(200)
  })

  it('accepts the admin form resubmitting the whole approved document when publishing', async () => {
    const id = await draft('Whole form', 'แบบฟอร์มทั้งหมด')
    await approve(id, 'en', 'th')
    const form = (await as(staff.admin).get(`/api/conditions/${id}?draft=true&depth=0&locale=en`)).body
    const { id: _id, createdAt: _c, updatedAt: _u, reviewHistory: _r, relatedArticles: _a, ...fields } = form
    const response = await as(staff.admin).patch(`/api/conditions/${id}?locale=en`, { ...fields, _status: 'published' })
    expect(response.status).toBe(200)
    expect((await publicRead(id, 'th')).body.name).toBe('แบบฟอร์มทั้งหมด')
  })
})

describe('English and Thai are published independently', () => {
  it('publishes approved English while Thai is in review, and serves Thai readers the English fallback', async () => {
    const id = await draft('Back pain basics', 'พื้นฐานอาการปวดหลัง')
    await approve(id, 'en')
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', 'th')

    const everything = await publish(id)
    expect(everything.status).toBe(409)
    expect(everything.body.errors[0].message).toMatch(/Thai \(ไทย\) version is "in review".*publishSpecificLocale=en/)

    expect((await publish(id, '?publishSpecificLocale=en')).status).toBe(200)
    const thai = await publicRead(id, 'th')
    expect(thai.status).toBe(200)
    expect(thai.body.name).toBe('Back pain basics')
    expect(JSON.stringify(thai.body)).not.toContain('พื้นฐาน')
    const graphql = await anonymous().graphql(`{ Condition(id: ${id}, locale: th) { name summary } }`)
    expect(graphql.body.data.Condition).toEqual({ name: 'Back pain basics', summary: 'Back pain basics.' })
    expect((await stages(id)).stages).toEqual({ en: 'published', th: 'in_review' })

    await reviewStep(server, staff.reviewer, 'conditions', id, 'approve', 'th')
    expect((await publish(id, '?publishSpecificLocale=th')).status).toBe(200)
    expect((await publicRead(id, 'th')).body.name).toBe('พื้นฐานอาการปวดหลัง')
    expect((await stages(id)).stages).toEqual({ en: 'published', th: 'published' })
  })

  it('publishes Thai alone without publishing a pending English draft', async () => {
    const id = await draft('Sciatica', 'ปวดร้าวลงขา')
    await approve(id, 'en', 'th')
    expect((await publish(id)).status).toBe(200)
    await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { summary: 'English rewrite in progress.' })
    await as(staff.editor).patch(`/api/conditions/${id}?locale=th&draft=true`, { summary: 'สรุปฉบับปรับปรุง' })
    expect((await stages(id)).stages).toEqual({ en: 'draft', th: 'draft' })
    await approve(id, 'th')

    expect((await publish(id, '?publishSpecificLocale=th')).status).toBe(200)
    expect((await publicRead(id, 'th')).body.summary).toBe('สรุปฉบับปรับปรุง')
    expect((await publicRead(id, 'en')).body.summary).toBe('Sciatica.')
  })

  it('keeps the published version live while an edit waits for review', async () => {
    const id = await draft('Live while editing')
    await approve(id, 'en')
    await publish(id)
    await as(staff.editor).patch(`/api/conditions/${id}?draft=true`, { name: 'Renamed in draft' })
    expect((await stages(id)).stages.en).toBe('draft')
    expect((await publicRead(id)).body.name).toBe('Live while editing')
  })
})

describe('unpublishing', () => {
  it('lets only an admin unpublish, and records it', async () => {
    const id = await draft('Withdrawn from the site')
    await approve(id, 'en')
    await publish(id)
    const byEditor = await as(staff.editor).patch(`/api/conditions/${id}`, { _status: 'draft' })
    expect(byEditor.status).toBe(403)
    expect((await publicRead(id)).status).toBe(200)

    const byAdmin = await as(staff.admin).patch(`/api/conditions/${id}`, { _status: 'draft' })
    expect(byAdmin.status).toBe(200)
    expect((await publicRead(id)).status).not.toBe(200)
    const { stages: now, events } = await stages(id)
    expect(now.en).toBe('draft')
    expect(events[0]).toMatchObject({ action: 'unpublish', locale: 'en', fromStage: 'published', toStage: 'draft', actor: staff.ids.admin })
    // Back on the site only after a new review.
    expect((await publish(id)).status).toBe(409)
  })
})

describe('restoring versions', () => {
  const versions = async (id: number) =>
    (await as(staff.admin).get(`/api/conditions/versions?where[parent][equals]=${id}&sort=createdAt&depth=0&limit=50`)).body.docs as Array<{
      id: number
      version: { summary: string; _status: string }
    }>

  it('restores a version as a draft that needs a new review, while the published page stays', async () => {
    const id = await draft('Restored condition')
    await as(staff.editor).patch(`/api/conditions/${id}?draft=true`, { summary: 'The summary that went online.' })
    await approve(id, 'en')
    expect((await publish(id)).status).toBe(200)
    const first = (await versions(id)).find((version) => version.version.summary === 'Restored condition.')!

    const restored = await as(staff.editor).post(`/api/conditions/versions/${first.id}?draft=true`)
    expect(restored.status).toBe(200)
    expect((await stages(id)).stages.en).toBe('draft')
    expect((await as(staff.editor).get(`/api/conditions/${id}?draft=true`)).body.summary).toBe('Restored condition.')
    expect((await publicRead(id)).body.summary).toBe('The summary that went online.')
    expect((await publish(id)).status).toBe(409)
  })

  it('refuses a translator’s restore: a version holds every language', async () => {
    const id = await draft('Not for translators', 'ไม่ใช่สำหรับนักแปล')
    const [first] = await versions(id)
    const response = await as(staff.translator).post(`/api/conditions/versions/${first.id}?draft=true&locale=th`)
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/^Translators cannot restore versions/)
  })

  it('refuses an editor’s restore of a published version onto the site', async () => {
    const id = await draft('Old published text')
    await approve(id, 'en')
    await publish(id)
    const published = (await versions(id)).find((version) => version.version._status === 'published')!
    await as(staff.editor).patch(`/api/conditions/${id}?draft=true`, { summary: 'Newer draft.' })
    expect((await as(staff.editor).post(`/api/conditions/versions/${published.id}`)).status).toBe(403)
  })
})
