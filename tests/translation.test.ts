import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let staff: Staff
const as = (token?: string) => apiClient(server, token)

beforeAll(async () => {
  server = await startTestServer('translation')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

/** A condition written by the editor in English only. */
async function englishCondition(name: string, extra: Record<string, unknown> = {}): Promise<number> {
  const created = await as(staff.editor).post('/api/conditions?locale=en&draft=true', {
    name,
    summary: `${name}: what it is.`,
    description: richText([`${name} explained.`, 'See a doctor first if the pain is severe.']),
    bodyRegions: ['lower-back'],
    symptoms: [{ text: 'Dull ache' }, { text: 'Stiffness in the morning' }],
    ...extra,
  })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

const detail = async (id: number, token = staff.translator) => (await as(token).get(`/api/translations/conditions/${id}?locale=th`)).body
const fieldStatus = async (id: number) =>
  Object.fromEntries((await detail(id)).fields.map((field: { path: string; status: string }) => [field.path, field.status]))

describe('translator scope', () => {
  it('lets a translator save Thai text as a draft', async () => {
    const id = await englishCondition('Scope ok')
    const saved = await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'ขอบเขตถูกต้อง' })
    expect(saved.status).toBe(200)
    expect((await as(staff.editor).get(`/api/conditions/${id}?locale=th&draft=true`)).body.name).toBe('ขอบเขตถูกต้อง')
  })

  it('refuses English and other languages than the translator’s, on REST, GraphQL and bulk update', async () => {
    const id = await englishCondition('Scope english')
    const rest = await as(staff.translator).patch(`/api/conditions/${id}?locale=en&draft=true`, { name: 'Rewritten' })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].message).toBe('You translate into ไทย only: the English text is not yours to change (English is the source, written by editors).')
    const graphql = await as(staff.translator).graphql(`mutation { updateCondition(id: ${id}, locale: en, draft: true, data: { name: "Rewritten" }) { id } }`)
    expect(graphql.body.errors[0].message).toMatch(/^You translate into ไทย only/)
    const bulk = await as(staff.translator).patch(`/api/conditions?where[id][equals]=${id}&locale=en&draft=true`, { name: 'Rewritten' })
    expect(bulk.status).toBe(403)
    const all = await as(staff.translator).patch(`/api/conditions/${id}?locale=all&draft=true`, { name: { th: 'x' } })
    expect(all.status).toBe(400)
    expect((await as(staff.editor).get(`/api/conditions/${id}?locale=en&draft=true`)).body.name).toBe('Scope english')
  })

  it('refuses changes to fields shared by all languages, naming them, and accepts them resubmitted unchanged', async () => {
    const id = await englishCondition('Scope shared')
    const slug = await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'ชื่อ', slug: 'renamed-by-translator' })
    expect(slug.status).toBe(403)
    expect(slug.body.errors[0].message).toBe('Translators change only the text of their languages: slug is shared by all languages and can be changed by an editor.')
    const regions = await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { bodyRegions: ['neck'] })
    expect(regions.body.errors[0].message).toMatch(/bodyRegions is shared by all languages/)
    const form = (await as(staff.translator).get(`/api/conditions/${id}?locale=th&draft=true&depth=0`)).body
    const { id: _id, createdAt: _c, updatedAt: _u, relatedArticles: _r, reviewHistory: _h, ...fields } = form
    const resubmitted = await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { ...fields, name: 'ชื่อไทย' })
    expect(resubmitted.status).toBe(200)
  })

  it('refuses creating, deleting and publishing', async () => {
    const create = await as(staff.translator).post('/api/conditions?locale=th&draft=true', { name: 'ใหม่', summary: 'x', bodyRegions: ['neck'] })
    expect(create.status).toBe(403)
    expect(create.body.errors[0].message).toMatch(/^Translators cannot create documents/)
    const id = await englishCondition('Scope publish')
    expect((await as(staff.translator).delete(`/api/conditions/${id}`)).status).toBe(403)
    const publish = await as(staff.translator).patch(`/api/conditions/${id}?locale=th`, { _status: 'published' })
    expect(publish.status).toBe(403)
  })

  it('applies to “copy to locale” in the admin, which saves through the same operation', async () => {
    const id = await englishCondition('Scope copy')
    const { payload } = server.runtime
    const translator = await payload.findByID({ collection: 'users', id: staff.ids.translator! })
    const copy = (locale: 'en' | 'th', data: Record<string, unknown>) =>
      payload.update({ collection: 'conditions', id, locale, draft: true, data, user: { ...translator, collection: 'users' }, overrideAccess: false })
    const english = await payload.findByID({ collection: 'conditions', id, locale: 'en', draft: true, depth: 0 })
    const { id: _i, createdAt: _c, updatedAt: _u, ...copied } = english as unknown as Record<string, unknown>
    await expect(copy('th', copied)).resolves.toMatchObject({ name: 'Scope copy' })
    await expect(copy('en', copied)).rejects.toThrow(/You translate into ไทย only/)
  })

  it('lets translators submit and withdraw their languages for review, not English', async () => {
    const id = await englishCondition('Scope review')
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'ทบทวน', summary: 'สรุป' })
    expect((await as(staff.translator).post(`/api/conditions/${id}/review`, { action: 'submit', locale: 'th' })).status).toBe(200)
    const english = await as(staff.translator).post(`/api/conditions/${id}/review`, { action: 'submit', locale: 'en' })
    expect(english.status).toBe(403)
    expect(english.body.errors[0].message).toBe('Translators may submit only the languages on their account (th).')
  })
})

describe('translation status', () => {
  it('moves from missing to in progress to translated, field by field', async () => {
    const id = await englishCondition('Status flow')
    expect((await detail(id)).status).toBe('in_progress') // the disclaimer comes pre-filled in Thai
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'สถานะ' })
    const partly = await detail(id)
    expect(partly.status).toBe('in_progress')
    expect(partly.fields.find((field: { path: string }) => field.path === 'name')).toMatchObject({ status: 'translated', target: 'สถานะ', sourceNow: 'Status flow' })
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, {
      summary: 'สรุป',
      description: richText(['คำอธิบาย', 'พบแพทย์ก่อนหากปวดรุนแรง']),
      symptoms: [{ text: 'ปวดตื้อ' }, { text: 'ตึงตอนเช้า' }],
    })
    expect((await detail(id)).status).toBe('translated')
  })

  it('marks exactly the changed field outdated after an English edit, showing old and new English', async () => {
    const id = await englishCondition('Outdated flow')
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, {
      name: 'ล้าสมัย',
      summary: 'สรุปเดิม',
      description: richText(['คำอธิบาย', 'พบแพทย์ก่อน']),
      symptoms: [{ text: 'ปวดตื้อ' }, { text: 'ตึง' }],
    })
    expect((await detail(id)).status).toBe('translated')
    await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { summary: 'Outdated flow: what it is, and when to see a doctor.' })
    const after = await detail(id)
    expect(after.status).toBe('outdated')
    expect(await fieldStatus(id)).toMatchObject({ name: 'translated', summary: 'outdated', description: 'translated', 'symptoms.0.text': 'translated' })
    expect(after.fields.find((field: { path: string }) => field.path === 'summary')).toMatchObject({
      sourceThen: 'Outdated flow: what it is.',
      sourceNow: 'Outdated flow: what it is, and when to see a doctor.',
      target: 'สรุปเดิม',
    })
  })

  it('does not mark anything outdated when English is saved unchanged or a shared field changes', async () => {
    const id = await englishCondition('Unrelated edit')
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'แก้ที่อื่น' })
    await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { name: 'Unrelated edit', bodyRegions: ['neck'] })
    expect((await fieldStatus(id)).name).toBe('translated')
  })

  it('clears outdated when the translation is updated, or confirmed as still right', async () => {
    const id = await englishCondition('Confirm flow')
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: 'ยืนยัน', summary: 'สรุป' })
    await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { name: 'Confirm flow (renamed)', summary: 'Changed summary.' })
    expect(await fieldStatus(id)).toMatchObject({ name: 'outdated', summary: 'outdated' })
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { summary: 'สรุปใหม่' })
    const confirmed = await as(staff.translator).post(`/api/translations/conditions/${id}/confirm`, { locale: 'th', paths: ['name'] })
    expect(confirmed.status).toBe(200)
    expect(await fieldStatus(id)).toMatchObject({ name: 'translated', summary: 'translated' })
    const again = await as(staff.translator).post(`/api/translations/conditions/${id}/confirm`, { locale: 'th', paths: ['name'] })
    expect(again.status).toBe(409)
  })

  it('stores Thai as Unicode NFC', async () => {
    const id = await englishCondition('NFC')
    const decomposed = 'ที่'.normalize('NFD') + ' e\u0301'
    await as(staff.translator).patch(`/api/conditions/${id}?locale=th&draft=true`, { name: decomposed })
    const stored = (await as(staff.editor).get(`/api/conditions/${id}?locale=th&draft=true`)).body.name
    expect(stored).toBe(decomposed.normalize('NFC'))
    expect(stored).not.toBe(decomposed === stored ? '' : decomposed)
  })

  it('lists what needs translation on the dashboard, per collection, with links in the target language', async () => {
    const id = await englishCondition('Dashboard listed')
    const dashboard = await as(staff.translator).get('/api/translations/status?locale=th')
    expect(dashboard.status).toBe(200)
    const conditions = dashboard.body.collections.find((entry: { collection: string }) => entry.collection === 'conditions')
    expect(conditions.counts.in_progress + conditions.counts.missing).toBeGreaterThan(0)
    expect(conditions.documents).toContainEqual(
      expect.objectContaining({ id, title: 'Dashboard listed', adminPath: `/admin/collections/conditions/${id}?locale=th` }),
    )
    expect((await as(staff.translator).get('/api/translations/status?locale=en')).status).toBe(400)
    expect((await as().get('/api/translations/status?locale=th')).status).toBe(401)
  })
})

describe('JSON export and import', () => {
  it('round-trips Thai text, rich text included, as drafts only', async () => {
    const id = await englishCondition('JSON round trip')
    const exported = await as(staff.translator).get(`/api/translations/export?locale=th&format=json&collection=conditions&ids=${id}`)
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toMatch(/attachment; filename="translations-th-.*\.json"/)
    const file = exported.body
    const translations: Record<string, unknown> = {
      name: 'ไป-กลับ',
      summary: '  สรุป  สองช่องว่าง\nบรรทัดใหม่ ',
      description: richText(['คำอธิบาย **ไม่ใช่ตัวหนา**', 'พบแพทย์ก่อน']),
      'symptoms.0.text': 'ปวดตื้อ',
      'symptoms.1.text': 'ตึงตอนเช้า',
    }
    for (const unit of file.units) {
      const path = unit.id.split(':')[2]
      if (path in translations) unit.target = translations[path]
    }
    const imported = await as(staff.translator).post('/api/translations/import?format=json', file)
    expect(imported.status).toBe(200)
    expect(imported.body.summary.applied).toBe(5)
    const thai = (await as(staff.editor).get(`/api/conditions/${id}?locale=th&draft=true&depth=0`)).body
    expect(thai.summary).toBe('  สรุป  สองช่องว่าง\nบรรทัดใหม่ ')
    expect(thai.description).toEqual(translations.description)
    expect(thai.symptoms.map((row: { text: string }) => row.text)).toEqual(['ปวดตื้อ', 'ตึงตอนเช้า'])
    expect((await as().get(`/api/conditions/${id}`)).status).not.toBe(200)
    expect((await detail(id)).status).toBe('translated')
  })

  it('reports conflicts and bad units per unit and changes nothing else', async () => {
    const id = await englishCondition('JSON conflicts')
    const file = (await as(staff.translator).get(`/api/translations/export?locale=th&format=json&ids=${id}&collection=conditions`)).body
    await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { summary: 'Changed after export.' })
    const byPath = (path: string) => file.units.find((unit: { id: string }) => unit.id === `conditions:${id}:${path}`)
    byPath('name').target = 'ชื่อใหม่'
    byPath('summary').target = 'สรุปที่แปลจากของเก่า'
    byPath('description').target = 'not rich text'
    file.units.push({ id: `conditions:${id}:slug`, source: 'x', target: 'y' }, { id: 'pages:1:title', source: 'x', target: 'y' })
    const report = (await as(staff.translator).post('/api/translations/import', file)).body
    const outcome = Object.fromEntries(report.units.map((unit: { id: string; outcome: string }) => [unit.id, unit.outcome]))
    expect(outcome).toMatchObject({
      [`conditions:${id}:name`]: 'applied',
      [`conditions:${id}:summary`]: 'conflict',
      [`conditions:${id}:description`]: 'rejected',
      [`conditions:${id}:slug`]: 'rejected',
      'pages:1:title': 'rejected',
    })
    expect(report.units.find((unit: { id: string }) => unit.id === `conditions:${id}:summary`).reason).toMatch(/changed since the file was exported/)
    const thai = (await as(staff.editor).get(`/api/conditions/${id}?locale=th&draft=true`)).body
    expect(thai.name).toBe('ชื่อใหม่')
    expect(thai.summary).toBe('Changed after export.') // fallback: no Thai summary was written
  })

  it('refuses a file for another language than the translator’s, and files that are not translation files', async () => {
    const foreign = { format: 'clinic-cms-translation', version: 1, srcLang: 'en', trgLang: 'en', units: [] }
    expect((await as(staff.translator).post('/api/translations/import', foreign)).status).toBe(400)
    const junk = await as(staff.translator).post('/api/translations/import?format=json', { hello: 'world' })
    expect(junk.status).toBe(400)
    expect(junk.body.errors[0].message).toMatch(/^Not a translation file/)
    expect((await as(staff.reviewer).post('/api/translations/import', { ...foreign, trgLang: 'th' })).status).toBe(403)
  })
})
