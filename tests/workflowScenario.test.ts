import { afterAll, beforeAll, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let staff: Staff

beforeAll(async () => {
  server = await startTestServer('workflow_scenario')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

/**
 * The editorial workflow end to end, as clinic staff live it: English and Thai written together,
 * reviewed apart, published apart, with the public API never showing unapproved Thai.
 */
it('takes an article from two drafts to two published languages, with every step in the audit log', async () => {
  const editor = apiClient(server, staff.editor)
  const reviewer = apiClient(server, staff.reviewer)
  const admin = apiClient(server, staff.admin)
  const reader = apiClient(server)
  const step = async (client: typeof editor, action: string, locale: string, comment?: string) => {
    const response = await client.post(`/api/articles/${id}/review`, { action, locale, comment })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }

  // 1. The editor writes the article in English and Thai and submits both.
  const created = await editor.post('/api/articles?locale=en&draft=true', {
    title: 'What to expect at your first acupuncture visit',
    excerpt: 'How a first session goes, and what acupuncture can and cannot do for back pain.',
    body: richText(['Your practitioner asks about your health first.', 'Acupuncture complements medical care; it does not replace it.']),
    references: [{ title: 'Acupuncture: What You Need To Know', publisher: 'NCCIH', year: 2022 }],
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id as number
  const thai = {
    title: 'สิ่งที่ควรรู้ก่อนฝังเข็มครั้งแรก',
    excerpt: 'ขั้นตอนของการฝังเข็มครั้งแรก และสิ่งที่การฝังเข็มช่วยได้และช่วยไม่ได้สำหรับอาการปวดหลัง',
    body: richText(['ผู้ฝังเข็มจะสอบถามประวัติสุขภาพของคุณก่อน', 'การฝังเข็มใช้เสริมการรักษาทางการแพทย์ ไม่ใช่ใช้แทน']),
  }
  expect((await editor.patch(`/api/articles/${id}?locale=th&draft=true`, thai)).status).toBe(200)
  await step(editor, 'submit', 'en')
  await step(editor, 'submit', 'th')

  // 2. The reviewer requests changes on Thai and approves English.
  await step(reviewer, 'request_changes', 'th', 'ใช้คำว่า "เสริม" ให้ชัดเจนในย่อหน้าแรกด้วย')
  await step(reviewer, 'approve', 'en')

  // 3. The admin publishes English.
  expect((await admin.patch(`/api/articles/${id}?publishSpecificLocale=en`, { _status: 'published' })).status).toBe(200)

  // 4. A Thai reader gets the English fallback, never the unapproved Thai draft.
  const thaiRead = await reader.get(`/api/articles/${id}?locale=th`)
  expect(thaiRead.status).toBe(200)
  expect(thaiRead.body.title).toBe('What to expect at your first acupuncture visit')
  expect(JSON.stringify(thaiRead.body)).not.toContain('ฝังเข็มครั้งแรก')
  const thaiGraphql = await reader.graphql(`{ Article(id: ${id}, locale: th) { title excerpt } }`)
  expect(thaiGraphql.body.data.Article.title).toBe('What to expect at your first acupuncture visit')

  // 5. The editor fixes Thai and resubmits; the reviewer approves; the admin publishes Thai.
  const fixed = { ...thai, excerpt: 'การฝังเข็มเป็นการรักษาเสริม: ขั้นตอนของครั้งแรก และสิ่งที่ช่วยได้และช่วยไม่ได้สำหรับอาการปวดหลัง' }
  expect((await editor.patch(`/api/articles/${id}?locale=th&draft=true`, fixed)).status).toBe(200)
  await step(editor, 'submit', 'th')
  await step(reviewer, 'approve', 'th')
  expect((await admin.patch(`/api/articles/${id}?publishSpecificLocale=th`, { _status: 'published' })).status).toBe(200)

  const published = await reader.get(`/api/articles/${id}?locale=th`)
  expect(published.body.title).toBe('สิ่งที่ควรรู้ก่อนฝังเข็มครั้งแรก')
  expect(published.body.excerpt).toBe(fixed.excerpt)
  expect(published.body.medicalReview.reviewerName).toBe('reviewer')
  expect((await reader.get(`/api/articles/${id}?locale=en`)).body.title).toBe('What to expect at your first acupuncture visit')

  // 6. The audit log shows every step, oldest first.
  const { stages, events } = (await admin.get(`/api/articles/${id}/review`)).body
  expect(stages).toEqual({ en: 'published', th: 'published' })
  const log = [...events].reverse().map((event: Record<string, unknown>) => [event.locale, event.action, event.fromStage, event.toStage, event.actor])
  expect(log).toEqual([
    ['en', 'submit', 'draft', 'in_review', staff.ids.editor],
    ['th', 'submit', 'draft', 'in_review', staff.ids.editor],
    ['th', 'request_changes', 'in_review', 'changes_requested', staff.ids.reviewer],
    ['en', 'approve', 'in_review', 'approved', staff.ids.reviewer],
    ['en', 'publish', 'approved', 'published', staff.ids.admin],
    ['th', 'submit', 'changes_requested', 'in_review', staff.ids.editor],
    ['th', 'approve', 'in_review', 'approved', staff.ids.reviewer],
    ['th', 'publish', 'approved', 'published', staff.ids.admin],
  ])
  expect(events.every((event: { versionId: string | null; createdAt: string }) => event.versionId && event.createdAt)).toBe(true)
  expect(events.find((event: { action: string }) => event.action === 'request_changes').comment).toBe('ใช้คำว่า "เสริม" ให้ชัดเจนในย่อหน้าแรกด้วย')
})
