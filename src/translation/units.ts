import type { PayloadRequest, Where } from 'payload'

import { MAX_ID } from '@/hooks/malformedData'
import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/workflow/stages'
import type { TranslationStatus } from './status'
import { translationDetail, type FieldStatus } from './tracker'

/** One translatable field of one document, as exported: what a translation tool calls a unit. */
export type ExportUnit = {
  /** `<collection>:<document id>:<field path>`, e.g. `articles:12:body`, `conditions:3:symptoms.2.text`. */
  id: string
  collection: ReviewedCollection
  documentId: number
  path: string
  label: string
  /** The document, for the translator: 'Article "What to expect…"'. */
  context: string
  kind: 'text' | 'textarea' | 'richText'
  status: FieldStatus
  source: unknown
  target: unknown
  /** When outdated: the English the current translation was made from. */
  previousSource: string | null
}

export const unitId = (collection: string, documentId: number, path: string) => `${collection}:${documentId}:${path}`

export function parseUnitId(id: string): { collection: ReviewedCollection; documentId: number; path: string } | null {
  const match = /^([a-z-]+):(\d+):([A-Za-z0-9_.]+)$/.exec(id)
  if (!match || !(REVIEWED_COLLECTIONS as readonly string[]).includes(match[1]!)) return null
  const documentId = Number(match[2])
  // Ids are PostgreSQL integers: a larger number names no document.
  if (!Number.isSafeInteger(documentId) || documentId < 1 || documentId > MAX_ID) return null
  return { collection: match[1] as ReviewedCollection, documentId, path: match[3]! }
}

export type ExportSelection = {
  locale: LocaleCode
  /** Only these collections (default: all medical collections). */
  collections?: ReviewedCollection[]
  /** Only these documents, all their fields. */
  ids?: number[]
  /** Without ids: documents whose fields are in these states, and only those fields. */
  fieldStatuses?: FieldStatus[]
}

const singular = (req: PayloadRequest, collection: ReviewedCollection) => {
  const label = req.payload.collections[collection].config.labels.singular
  return typeof label === 'string' ? label : ((label as Record<string, string>)?.en ?? collection)
}

/** Ids and English titles of the documents of a collection this user may read (drafts included). */
export async function documentTitles(req: PayloadRequest, collection: ReviewedCollection, where: Where = {}) {
  const useAsTitle = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const found = await req.payload.find({
    collection,
    where,
    draft: true,
    locale: DEFAULT_LOCALE,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { [useAsTitle]: true } as never,
    sort: 'id',
    req,
    user: req.user,
    overrideAccess: false,
  })
  return (found.docs as unknown as Array<Record<string, unknown>>).map((doc) => ({
    id: doc.id as number,
    title: String(doc[useAsTitle] ?? doc.id),
  }))
}

/**
 * The units to translate into one language, read as the requesting user (who must be able to
 * read the drafts: staff). Selected documents give all their fields; otherwise every document
 * with missing or outdated text gives those fields.
 */
export async function collectUnits(req: PayloadRequest, selection: ExportSelection): Promise<ExportUnit[]> {
  const statuses = selection.fieldStatuses ?? ['missing', 'outdated']
  const units: ExportUnit[] = []
  for (const collection of selection.collections ?? REVIEWED_COLLECTIONS) {
    const docs = await documentTitles(req, collection, selection.ids?.length ? { id: { in: selection.ids } } : {})
    for (const { id, title } of docs) {
      const detail = await translationDetail(req, collection, id, selection.locale)
      if (!detail) continue
      for (const field of detail.fields) {
        if (!selection.ids?.length && !statuses.includes(field.status)) continue
        units.push({
          id: unitId(collection, id, field.path),
          collection,
          documentId: id,
          path: field.path,
          label: field.label,
          context: `${singular(req, collection)} "${title}"`,
          kind: field.kind,
          status: field.status,
          source: field.source,
          target: field.targetValue,
          previousSource: field.sourceThen,
        })
      }
    }
  }
  return units
}

export type DashboardDocument = {
  collection: ReviewedCollection
  id: number
  title: string
  status: TranslationStatus
  total: number
  translated: number
  outdated: number
  missing: number
  outdatedPaths: string[]
  adminPath: string
}
