import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { DOMParser } from '@xmldom/xmldom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0'
const projectRoot = path.resolve(import.meta.dirname, '..')

let server: TestServer
let staff: Staff
const as = (token?: string) => apiClient(server, token)

beforeAll(async () => {
  server = await startTestServer('translation_xliff')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

/** Rich text with the formatting a clinic article uses: a heading, bold, italic, a link and a list. */
function formattedBody() {
  const body = richText(['## Before your visit', 'Eat a light meal first.', '- Wear loose clothes', '- Bring your medicines list'])
  const paragraph = (body.root.children as Array<Record<string, unknown>>)[1]!
  paragraph.children = [
    { type: 'text', text: 'Eat a ', format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
    { type: 'text', text: 'light', format: 1, style: '', mode: 'normal', detail: 0, version: 1 },
    { type: 'text', text: ' meal, and read ', format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
    {
      type: 'link',
      fields: { url: 'https://www.nccih.nih.gov/health/acupuncture', newTab: true, linkType: 'custom' },
      children: [{ type: 'text', text: 'the NCCIH page', format: 2, style: '', mode: 'normal', detail: 0, version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
    },
    { type: 'text', text: '.', format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
  ]
  return body
}

const THAI: Record<string, string> = {
  'Before your visit': 'ก่อนมาพบเรา',
  'Eat a ': 'ทานอาหาร',
  light: 'เบา ๆ',
  ' meal, and read ': 'ก่อน และอ่าน',
  'the NCCIH page': 'หน้าเว็บ NCCIH',
  'Wear loose clothes': 'สวมเสื้อผ้าหลวม ๆ',
  'Bring your medicines list': 'นำรายการยาที่ใช้อยู่มาด้วย',
}

/**
 * What a translator's tool does: a <target> for every segment that has none, with the inline codes
 * kept and the text translated (segments already translated are left as they are).
 */
function translate(xml: string, words: (text: string) => string): string {
  return xml.replace(/<segment([^>]*)>\s*<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g, (all, attrs, sourceAttrs, inner, existing) => {
    if (existing) return all
    const target = inner.replace(/>([^<]+)</g, (_m: string, text: string) => `>${words(text)}<`).replace(/^([^<]+)/, (text: string) => words(text))
    return `<segment${attrs}><source${sourceAttrs}>${inner}</source><target${sourceAttrs}>${target}</target>`
  })
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

async function exportXliff(query: string, token = staff.translator) {
  const response = await fetch(`${server.baseURL}/api/translations/export?locale=th&format=xliff&${query}`, { headers: { Authorization: `JWT ${token}` } })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/xliff\+xml/)
  return response.text()
}

async function importXliff(xml: string, token = staff.translator) {
  const response = await fetch(`${server.baseURL}/api/translations/import`, {
    method: 'POST',
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/xliff+xml' },
    body: xml,
  })
  return { status: response.status, body: await response.json() }
}

async function newArticle(title: string) {
  const created = await as(staff.editor).post('/api/articles?locale=en&draft=true', {
    title,
    excerpt: 'What to expect & how to prepare.',
    body: formattedBody(),
    references: [{ title: 'Acupuncture: What You Need To Know', publisher: 'NCCIH', year: 2022 }],
  })
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

describe('XLIFF 2.0 export', () => {
  it('is well-formed XLIFF 2.0 core: namespace, version, languages, files, units, segments and sources', async () => {
    const id = await newArticle('Export structure')
    const xml = await exportXliff(`collection=articles&ids=${id}`)
    const errors: string[] = []
    const document = new DOMParser({ onError: (level, message) => level !== 'warning' && errors.push(message) }).parseFromString(xml, 'text/xml')
    expect(errors).toEqual([])
    const root = document.documentElement!
    expect(root.localName).toBe('xliff')
    expect(root.namespaceURI).toBe(XLIFF)
    expect(root.getAttribute('version')).toBe('2.0')
    expect(root.getAttribute('srcLang')).toBe('en')
    expect(root.getAttribute('trgLang')).toBe('th')
    const files = Array.from(root.getElementsByTagNameNS(XLIFF, 'file'))
    expect(files).toHaveLength(1)
    expect(files[0]!.getAttribute('original')).toBe(`articles/${id}`)
    const units = Array.from(root.getElementsByTagNameNS(XLIFF, 'unit'))
    expect(units.map((unit) => unit.getAttribute('id'))).toEqual(
      expect.arrayContaining([`articles:${id}:title`, `articles:${id}:excerpt`, `articles:${id}:body`]),
    )
    for (const unit of units) {
      const segments = Array.from(unit.getElementsByTagNameNS(XLIFF, 'segment'))
      expect(segments.length).toBeGreaterThan(0)
      for (const segment of segments) expect(segment.getElementsByTagNameNS(XLIFF, 'source')).toHaveLength(1)
      const labels = Array.from(unit.getElementsByTagNameNS(XLIFF, 'note')).map((note) => note.getAttribute('category'))
      expect(labels).toEqual(expect.arrayContaining(['label', 'context']))
    }
    const body = units.find((unit) => unit.getAttribute('id') === `articles:${id}:body`)!
    expect(body.getElementsByTagNameNS(XLIFF, 'segment')).toHaveLength(4) // heading, paragraph, two list items
    expect(xml).toContain('subType="xlf:b"')
    expect(xml).toContain('type="link"')
    expect(xml).toContain('https://www.nccih.nih.gov/health/acupuncture')
    expect(xml).toContain('What to expect &amp; how to prepare.')
  })

  it('exports only what is missing or outdated by default, with the old English of outdated fields', async () => {
    const id = await newArticle('Export selection')
    await as(staff.translator).patch(`/api/articles/${id}?locale=th&draft=true`, { title: 'การเลือกส่งออก', excerpt: 'คำโปรย' })
    await as(staff.editor).patch(`/api/articles/${id}?locale=en&draft=true`, { excerpt: 'What to expect, and how to prepare.' })
    const xml = await exportXliff('collection=articles')
    expect(xml).not.toContain(`id="articles:${id}:title"`)
    expect(xml).toContain(`id="articles:${id}:excerpt"`)
    expect(xml).toContain(`id="articles:${id}:body"`)
    expect(xml).toContain('The translation was made from: What to expect &amp; how to prepare.')
    // The outdated translation is shown in a note, not pre-filled: sending the file back untouched keeps it outdated.
    expect(xml).toContain('Current translation: คำโปรย')
    expect((await importXliff(xml)).body.summary.applied).toBe(0)
    const outdated = (await as(staff.translator).get(`/api/translations/articles/${id}?locale=th`)).body.fields
    expect(outdated.find((field: { path: string }) => field.path === 'excerpt').status).toBe('outdated')
  })
})

describe('XLIFF 2.0 import', () => {
  it('round-trips: export, translate in a tool, import restores Thai text with the formatting, as a draft', async () => {
    const id = await newArticle('Round trip')
    const exported = await exportXliff(`collection=articles&ids=${id}`)
    const titles: Record<string, string> = { 'Round trip': 'ไปและกลับ', 'What to expect &amp; how to prepare.': 'สิ่งที่ควรรู้และการเตรียมตัว' }
    const translated = translate(exported, (text) => titles[text] ?? THAI[unescape(text)] ?? text)
    const report = await importXliff(translated)
    expect(report.status).toBe(200)
    expect(report.body.summary).toMatchObject({ applied: 3, conflict: 0, rejected: 0 })

    const thai = (await as(staff.editor).get(`/api/articles/${id}?locale=th&draft=true&depth=0`)).body
    expect(thai.title).toBe('ไปและกลับ')
    expect(thai.excerpt).toBe('สิ่งที่ควรรู้และการเตรียมตัว')
    // Same structure and formatting as the English, with the Thai words.
    const expected = JSON.parse(JSON.stringify(formattedBody()), (key, value) => (key === 'text' && typeof value === 'string' && value in THAI ? THAI[value] : value))
    expect(thai.body).toEqual(expected)
    expect((await as().get(`/api/articles/${id}`)).status).not.toBe(200)

    // Exporting again gives the translation back as targets, and importing that changes nothing.
    const again = await importXliff(await exportXliff(`collection=articles&ids=${id}`))
    expect(again.body.summary).toMatchObject({ applied: 0, conflict: 0, rejected: 0 })
  })

  it('keeps whitespace and characters exactly, and stores NFC', async () => {
    const id = await newArticle('Whitespace')
    const exported = await exportXliff(`collection=articles&ids=${id}`)
    const decomposed = ' ที่\u00a0 สอง  ช่องว่าง\nบรรทัด '.normalize('NFD')
    const translated = exported.replace(
      /(<unit id="articles:\d+:title"[\s\S]*?<source xml:space="preserve">Whitespace<\/source>)/,
      `$1<target xml:space="preserve">${decomposed}</target>`,
    )
    expect((await importXliff(translated)).body.summary.applied).toBe(1)
    const thai = (await as(staff.editor).get(`/api/articles/${id}?locale=th&draft=true`)).body
    expect(thai.title).toBe(decomposed.normalize('NFC'))
  })

  it('reports conflicting, malformed and unknown units one by one and applies the rest', async () => {
    const id = await newArticle('Mixed file')
    const exported = await exportXliff(`collection=articles&ids=${id}`)
    await as(staff.editor).patch(`/api/articles/${id}?locale=en&draft=true`, { excerpt: 'Changed after export.' })
    let xml = translate(exported, (text) => (text === 'Mixed file' ? 'ไฟล์ผสม' : `ไทย ${text}`))
    // A tool broke the inline codes of the body's paragraph: an id that is not in the source.
    xml = xml.replace(/(<target xml:space="preserve">)ไทย Eat a <pc id="([^"]+)"/, '$1ไทย Eat a <pc id="nope"')
    xml = xml.replace('</file>', `<unit id="articles:${id}:slug"><segment><source>x</source><target>y</target></segment></unit></file>`)
    const report = await importXliff(xml)
    expect(report.status).toBe(200)
    const outcome = Object.fromEntries(report.body.units.map((unit: { id: string; outcome: string }) => [unit.id, unit.outcome]))
    expect(outcome).toMatchObject({
      [`articles:${id}:title`]: 'applied',
      [`articles:${id}:excerpt`]: 'conflict',
      [`articles:${id}:body`]: 'rejected',
      [`articles:${id}:slug`]: 'rejected',
    })
    const body = report.body.units.find((unit: { id: string }) => unit.id === `articles:${id}:body`)
    expect(body.reason).toMatch(/segment b1/)
    const thai = (await as(staff.editor).get(`/api/articles/${id}?locale=th&draft=true&fallback-locale=none`)).body
    expect(thai.title).toBe('ไฟล์ผสม')
    expect(thai.excerpt ?? null).toBeNull()
    expect(thai.body ?? null).toBeNull()
  })

  it('refuses files that are not XLIFF 2, or for a language the translator does not translate, changing nothing', async () => {
    const notXml = await importXliff('<xliff version="2.0"><file>')
    expect(notXml.status).toBe(400)
    expect(notXml.body.errors[0].message).toMatch(/line/i)
    const version1 = await importXliff('<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>')
    expect(version1.status).toBe(400)
    const french = await importXliff(`<?xml version="1.0"?><xliff xmlns="${XLIFF}" version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>`)
    expect(french.status).toBe(400)
    expect(french.body.errors[0].message).toMatch(/target language "fr"/)
  })

  it('writes drafts only: a published document keeps its public Thai until the import is reviewed and published', async () => {
    const { id } = await publishThroughReview(server, staff, 'conditions', { name: 'Published condition', summary: 'Live summary.', bodyRegions: ['neck'] }, { name: 'ภาวะที่เผยแพร่', summary: 'สรุปที่เผยแพร่' })
    const exported = await exportXliff(`collection=conditions&ids=${id}`)
    const xml = exported.replace(/(<source xml:space="preserve">Live summary\.<\/source>\s*<target xml:space="preserve">)[^<]*/, '$1สรุปใหม่จากไฟล์')
    expect((await importXliff(xml)).body.summary.applied).toBe(1)
    expect((await as().get(`/api/conditions/${id}?locale=th`)).body.summary).toBe('สรุปที่เผยแพร่')
    expect((await as(staff.editor).get(`/api/conditions/${id}?locale=th&draft=true`)).body.summary).toBe('สรุปใหม่จากไฟล์')
    expect((await as(staff.admin).get(`/api/conditions/${id}/review`)).body.stages.th).toBe('draft')
  })

  it('imports 1,000 units in one request, and exports and imports through the CLI with progress', async () => {
    const symptoms = Array.from({ length: 18 }, (_, index) => ({ text: `Symptom ${index + 1}` }))
    const ids: number[] = []
    for (let index = 0; index < 50; index++) {
      const created = await as(staff.editor).post('/api/conditions?locale=en&draft=true', {
        name: `Bulk condition ${index}`,
        summary: `Summary ${index}.`,
        bodyRegions: ['lower-back'],
        symptoms,
      })
      ids.push(created.body.doc.id)
    }
    const exported = await exportXliff(`collection=conditions&ids=${ids.join(',')}`)
    expect((exported.match(/<unit /g) ?? []).length).toBeGreaterThanOrEqual(1000)

    const started = Date.now()
    const report = await importXliff(translate(exported, (text) => `ไทย ${text}`))
    expect(report.status).toBe(200)
    expect(report.body.summary.applied).toBeGreaterThanOrEqual(1000)
    expect(report.body.summary.rejected + report.body.summary.conflict).toBe(0)
    expect(report.body.documents).toBe(50)
    console.log(`imported ${report.body.units.length} units into 50 documents in ${Date.now() - started} ms`)
    const stillListed = async () =>
      ((await as(staff.translator).get('/api/translations/status?locale=th')).body.collections
        .find((entry: { collection: string }) => entry.collection === 'conditions')
        .documents.map((doc: { id: number }) => doc.id) as number[]).filter((id) => ids.includes(id))
    expect(await stillListed()).toEqual([])

    // English changes in five documents; the CLI exports what is outdated and imports it back.
    for (const id of ids.slice(0, 5)) await as(staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { summary: `Rewritten summary ${id}.` })
    expect(await stillListed()).toEqual(ids.slice(0, 5))
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'xliff-'))
    const cli = (...args: string[]) =>
      promisify(execFile)('node', ['--conditions=development', 'dist/scripts/translations.js', ...args, '--user', 'translator@example.com'], {
        cwd: projectRoot,
        env: { ...process.env, DATABASE_URI: server.databaseUri, NODE_ENV: 'development', LOG_LEVEL: 'warn' },
      })
    const out = path.join(folder, 'outdated.xlf')
    const exportRun = await cli('export', '--locale', 'th', '--status', 'outdated', '--collection', 'conditions', '--out', out)
    expect(exportRun.stderr).toMatch(/Exported 5 units from 5 documents for th/)
    fs.writeFileSync(out, translate(fs.readFileSync(out, 'utf8').replace(/<target[^>]*>[\s\S]*?<\/target>/g, ''), (text) => `ใหม่ ${text}`))
    const importRun = await cli('import', out)
    expect(importRun.stdout).toMatch(/\[1\/5\] conditions \d+: 1 of 1 applied/)
    expect(importRun.stdout).toMatch(/\[5\/5\]/)
    expect(importRun.stdout).toMatch(/5 applied, 0 unchanged, 0 conflicts, 0 rejected \(5 documents, saved as drafts\)/)
    expect(await stillListed()).toEqual([])
  }, 180_000)
})
