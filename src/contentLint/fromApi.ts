import type { SanitizedConfig } from 'payload'

import type { LintDocument } from './document'
import { toLintDocument } from './fromDocuments'

export const LINTED_COLLECTIONS = ['contraindications', 'treatment-methods', 'conditions', 'articles'] as const
const PAGE_SIZE = 50

type Doc = Record<string, unknown> & { id: number | string; slug?: string }

export class ApiReadError extends Error {}

async function getJson(baseURL: string, path: string): Promise<any> {
  const response = await fetch(new URL(path, baseURL), { headers: { accept: 'application/json' } })
  if (!response.ok) throw new ApiReadError(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
  return response.json()
}

/** Every published document of a collection in one language, as an anonymous reader gets it. */
async function readAll(baseURL: string, collection: string, query: string): Promise<Doc[]> {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const body = await getJson(baseURL, `/api/${collection}?${query}&depth=0&limit=${PAGE_SIZE}&page=${page}&sort=id`)
    docs.push(...(body.docs as Doc[]))
    if (!body.hasNextPage) return docs
  }
}

export type PublishedContent = { documents: LintDocument[]; emergencyNumber?: string }

/**
 * What the public sees, read through the REST API as an anonymous client: every published
 * document and the clinic profile, in English and in Thai without fallback (so a Thai field that
 * has no Thai of its own is not mistaken for Thai that copies the English).
 */
export async function readPublishedContent(baseURL: string, config: SanitizedConfig): Promise<PublishedContent> {
  const documents: LintDocument[] = []
  for (const slug of LINTED_COLLECTIONS) {
    const collection = config.collections.find((candidate) => candidate.slug === slug)
    if (!collection) continue
    const english = await readAll(baseURL, slug, 'locale=en')
    const thai = new Map((await readAll(baseURL, slug, 'locale=th&fallback-locale=none')).map((doc) => [doc.id, doc]))
    for (const en of english) documents.push(toLintDocument(slug, String(en.slug ?? en.id), collection.flattenedFields, en, thai.get(en.id) ?? {}))
  }
  const profile = config.globals.find((global) => global.slug === 'clinic-profile')
  let emergencyNumber: string | undefined
  if (profile) {
    const en = await getJson(baseURL, '/api/globals/clinic-profile?locale=en&depth=0')
    const th = await getJson(baseURL, '/api/globals/clinic-profile?locale=th&fallback-locale=none&depth=0')
    documents.push(toLintDocument('clinic-profile', 'clinic-profile', profile.flattenedFields, en, th))
    emergencyNumber = en?.contact?.emergencyNumber || undefined
  }
  return { documents, emergencyNumber }
}
