import sharp from 'sharp'

import { apiClient, login } from '../helpers/api'
import { createStaff, STAFF_PASSWORD } from '../helpers/staff'
import type { TestServer } from '../helpers/testServer'
import { reviewStep } from '../helpers/workflow'
import { STATES, type Content, type Role, type State } from './policy'

/** A signed-in token per role (none for anonymous) and the user ids. */
export type Actors = { tokens: Record<Role, string | undefined>; ids: Record<Exclude<Role, 'anonymous'>, number>; emails: string[] }

/**
 * The staff of the matrix: one user per role, a translator into Thai, and a translator with no
 * language on their account (the API refuses to create one, so the database is changed directly).
 */
export async function createActors(server: TestServer): Promise<Actors> {
  const staff = await createStaff(server)
  const created = await apiClient(server, staff.admin).post('/api/users', {
    email: 'translator-none@example.com',
    password: STAFF_PASSWORD,
    name: 'translator without languages',
    roles: ['translator'],
    translatorLocales: ['th'],
  })
  if (created.status !== 201) throw new Error(`creating the translator without languages: ${JSON.stringify(created.body)}`)
  const noLanguages = created.body.doc.id as number
  await server.runtime.payload.db.updateOne({ collection: 'users', id: noLanguages, data: { translatorLocales: [] } })
  return {
    tokens: {
      anonymous: undefined,
      admin: staff.admin,
      editor: staff.editor,
      reviewer: staff.reviewer,
      translatorTh: staff.translator,
      translatorNone: await login(server, 'translator-none@example.com', STAFF_PASSWORD),
    },
    ids: {
      admin: staff.ids.admin,
      editor: staff.ids.editor,
      reviewer: staff.ids.reviewer,
      translatorTh: staff.ids.translator,
      translatorNone: noLanguages,
    },
    emails: ['admin', 'editor', 'reviewer', 'translator', 'translator-none'].map((name) => `${name}@example.com`),
  }
}

/**
 * Every text of every document carries a unique marker ("tk12thv2z": document 12, Thai, second
 * version). A response may only contain the markers its reader may see: one regular expression
 * finds drafts leaking through any field, relation, join, language or fallback.
 */
export const MARKER = /tk\d+(?:en|th)v\d+z/g
let documentCount = 0
const marker = (document: number, locale: 'en' | 'th', version: 1 | 2) => `tk${document}${locale}v${version}z`

const richText = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: null, children: [{ type: 'text', text, version: 1 }] }],
  },
})

type Text = (text: string) => Record<string, unknown>
/** Each medical collection's text fields (per language) and the shared fields it requires. */
export const CONTENT_FIELDS: Record<Content, { title: string; text: Text; required: Record<string, unknown> }> = {
  articles: {
    title: 'title',
    text: (text) => ({ title: text, excerpt: text, body: richText(text) }),
    required: { references: [{ title: 'A reference' }] },
  },
  conditions: { title: 'name', text: (text) => ({ name: text, summary: text }), required: { bodyRegions: ['neck'] } },
  'treatment-methods': { title: 'name', text: (text) => ({ name: text, summary: text }), required: {} },
  contraindications: {
    title: 'name',
    text: (text) => ({ name: text, description: text, advice: text }),
    required: { severity: 'relative' },
  },
}

export type Document = {
  collection: Content
  state: State
  id: number
  /** The newest text (what a staff member's draft read shows), per language. */
  latest: { en: string; th: string }
  /** Markers the public API may serve. */
  published: string[]
  /** Every marker this document ever had. */
  all: string[]
}

/** Markers the public may see, and all markers, across every document made. */
export const markers = { published: new Set<string>(), all: new Set<string>() }

/**
 * One medical document brought into `state` the way clinic staff get it there: the editor writes
 * both languages and submits them, the reviewer approves or asks for changes, the admin publishes
 * or schedules. `shared` adds fields shared by both languages (relations).
 */
export async function documentIn(
  server: TestServer,
  actors: Actors,
  collection: Content,
  state: State,
  shared: Record<string, unknown> = {},
): Promise<Document> {
  const n = ++documentCount
  const fields = CONTENT_FIELDS[collection]
  const text = (locale: 'en' | 'th', version: 1 | 2) => `${locale === 'en' ? 'Text' : 'ข้อความ'} ${marker(n, locale, version)}`
  const editor = apiClient(server, actors.tokens.editor)
  const expect2xx = <T extends { status: number; body: any }>(what: string, response: T): T => {
    if (response.status >= 300) throw new Error(`${what} of ${collection} (${state}): ${response.status} ${JSON.stringify(response.body)}`)
    return response
  }
  const created = expect2xx('create', await editor.post(`/api/${collection}?locale=en&draft=true`, { ...fields.text(text('en', 1)), ...fields.required, ...shared }))
  const id = created.body.doc.id as number
  expect2xx('translate', await editor.patch(`/api/${collection}/${id}?locale=th&draft=true`, fields.text(text('th', 1))))
  const step = (token: string | undefined, action: string, locale: 'en' | 'th', comment?: string) =>
    reviewStep(server, token!, collection, id, action, locale, comment)
  const publish = async (query = '') =>
    expect2xx('publish', await apiClient(server, actors.tokens.admin).patch(`/api/${collection}/${id}${query}`, { _status: 'published' }))

  const stages = STATES[state]
  for (const locale of ['en', 'th'] as const) {
    if (stages[locale] === 'draft' && !stages.public.length) continue
    await step(actors.tokens.editor, 'submit', locale)
    if (stages[locale] === 'in_review') continue
    if (stages[locale] === 'changes_requested') {
      await step(actors.tokens.reviewer, 'request_changes', locale, 'Please say which acupoints.')
      continue
    }
    await step(actors.tokens.reviewer, 'approve', locale)
  }
  if (state === 'scheduled') {
    await server.runtime.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: collection, value: id }, user: { relationTo: 'users', value: actors.ids.admin } },
      waitUntil: new Date(Date.now() + 24 * 60 * 60 * 1000),
    })
  }
  if (state === 'published' || state === 'published_draft') await publish()
  if (state === 'published_en') await publish('?publishSpecificLocale=en')
  let latest = { en: text('en', 1), th: text('th', 1) }
  if (state === 'published_draft') {
    expect2xx('edit', await editor.patch(`/api/${collection}/${id}?locale=en&draft=true`, fields.text(text('en', 2))))
    expect2xx('edit', await editor.patch(`/api/${collection}/${id}?locale=th&draft=true`, fields.text(text('th', 2))))
    latest = { en: text('en', 2), th: text('th', 2) }
  }
  const all = [marker(n, 'en', 1), marker(n, 'th', 1), ...(state === 'published_draft' ? [marker(n, 'en', 2), marker(n, 'th', 2)] : [])]
  const published = (STATES[state].public as readonly ('en' | 'th')[]).map((locale) => marker(n, locale, 1))
  published.forEach((item) => markers.published.add(item))
  all.forEach((item) => markers.all.add(item))
  return { collection, state, id, latest, published, all }
}

let uploads = 0

/** A small PNG uploaded as `token`'s user (a name of its own: concurrent uploads of one name collide). */
export async function uploadImage(server: TestServer, token: string | undefined, alt = 'Treatment room') {
  const png = await sharp(Buffer.alloc(8 * 8 * 3, 180), { raw: { width: 8, height: 8, channels: 3 } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `room-${++uploads}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  return apiClient(server, token).post('/api/media?locale=en', form)
}

/** Runs `work` over `items` with at most `limit` at a time; results in order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}
