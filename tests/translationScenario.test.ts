import { afterAll, beforeAll, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { richText } from '../src/seed/lexical'
import { apiClient, login } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer('translation_scenario')
  await seed(server.runtime.payload, { withUsers: true })
})
afterAll(async () => {
  await server?.close()
})

/**
 * The translation workflow end to end on the sample content, as a translator lives it: see what
 * needs translating, export XLIFF, translate, import, see it done; then an English change shows up
 * as an outdated Thai field with the change visible.
 */
it('takes a translator from the dashboard through an XLIFF round trip to an outdated field after an English edit', async () => {
  const translator = apiClient(server, await login(server, 'translator@example.com', 'translator-dev-password'))
  const editor = apiClient(server, await login(server, 'editor@example.com', 'editor-dev-password'))
  const needsWork = async () => {
    const dashboard = (await translator.get('/api/translations/status?locale=th')).body
    return dashboard.collections.flatMap((entry: { documents: Array<{ collection: string; id: number; status: string }> }) =>
      entry.documents.map((doc) => `${doc.collection}:${doc.id}:${doc.status}`),
    )
  }

  // The sample content is fully translated.
  expect(await needsWork()).toEqual([])

  // 1. An editor writes a new article in English: it needs translating.
  const created = await editor.post('/api/articles?locale=en&draft=true', {
    title: 'Moving with back pain',
    excerpt: 'Gentle movement usually helps more than bed rest.',
    body: richText(['Keep walking a little every day.', '- Short walks', '- Gentle stretches']),
    references: [{ title: 'Low back pain', publisher: 'NICE', year: 2020 }],
  })
  const id = created.body.doc.id as number
  expect(await needsWork()).toEqual([`articles:${id}:in_progress`])

  // 2. The translator exports what is missing or outdated in Thai.
  const exported = await fetch(`${server.baseURL}/api/translations/export?locale=th&format=xliff`, { headers: await authHeader('translator') })
  expect(exported.status).toBe(200)
  const xml = await exported.text()
  expect(xml).toContain(`<unit id="articles:${id}:title"`)

  // 3. …translates it in a tool and imports it.
  const thai: Record<string, string> = {
    'Moving with back pain': 'การเคลื่อนไหวเมื่อปวดหลัง',
    'Gentle movement usually helps more than bed rest.': 'การขยับร่างกายเบา ๆ มักช่วยได้มากกว่าการนอนพักบนเตียง',
    'Keep walking a little every day.': 'เดินบ้างเล็กน้อยทุกวัน',
    'Short walks': 'เดินระยะสั้น',
    'Gentle stretches': 'ยืดเหยียดเบา ๆ',
  }
  const translated = xml.replace(/(<source xml:space="preserve">)([^<]*)(<\/source>)(?!\s*<target)/g, (all, open, text, close) =>
    text in thai ? `${open}${text}${close}<target xml:space="preserve">${thai[text]}</target>` : all,
  )
  const imported = await fetch(`${server.baseURL}/api/translations/import`, {
    method: 'POST',
    headers: { ...(await authHeader('translator')), 'Content-Type': 'application/xliff+xml' },
    body: translated,
  })
  const report = await imported.json()
  expect(report.summary).toMatchObject({ applied: 3, conflict: 0, rejected: 0 })

  // 4. The dashboard moves the article to translated; it is a Thai draft, not published.
  expect(await needsWork()).toEqual([])
  expect((await editor.get(`/api/articles/${id}?locale=th&draft=true`)).body.title).toBe('การเคลื่อนไหวเมื่อปวดหลัง')

  // 5. An editor changes an English paragraph of a seeded article: that Thai field is outdated,
  //    with the English change visible.
  const [seeded] = (await editor.get('/api/articles?limit=1&sort=id&draft=true&locale=en&depth=0')).body.docs
  const paragraphs = (seeded.body.root.children as Array<{ type: string; children: Array<{ text: string }> }>).filter((node) => node.type === 'paragraph')
  const before = paragraphs[0]!.children[0]!.text
  paragraphs[0]!.children[0]!.text = `${before} Ask your doctor first if the pain is new or severe.`
  expect((await editor.patch(`/api/articles/${seeded.id}?locale=en&draft=true`, { body: seeded.body })).status).toBe(200)
  expect(await needsWork()).toEqual([`articles:${seeded.id}:outdated`])
  const detail = (await translator.get(`/api/translations/articles/${seeded.id}?locale=th`)).body
  const body = detail.fields.find((field: { path: string }) => field.path === 'body')
  expect(body.status).toBe('outdated')
  expect(body.sourceThen).toContain(before)
  expect(body.sourceThen).not.toContain('Ask your doctor first if the pain is new or severe.')
  expect(body.sourceNow).toContain(`${before} Ask your doctor first if the pain is new or severe.`)
  expect(detail.fields.filter((field: { status: string }) => field.status === 'outdated').map((field: { path: string }) => field.path)).toEqual(['body'])
})

async function authHeader(role: string): Promise<Record<string, string>> {
  return { Authorization: `JWT ${await login(server, `${role}@example.com`, `${role}-dev-password`)}` }
}
