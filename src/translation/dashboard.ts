import type { PayloadRequest } from 'payload'

import type { LocaleCode } from '@/localization'
import type { TranslationState } from '@/payload-types'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/workflow/stages'
import { TRANSLATION_STATUSES, type TranslationStatus } from './status'
import { findTranslationState, refreshTranslationState } from './tracker'
import { documentTitles, type DashboardDocument } from './units'

export type CollectionSummary = {
  collection: ReviewedCollection
  label: { en: string; th: string }
  counts: Record<TranslationStatus, number>
  /** Documents that need work (missing, outdated, in progress), outdated first. */
  documents: DashboardDocument[]
}

const ORDER: Record<TranslationStatus, number> = { outdated: 0, missing: 1, in_progress: 2, translated: 3 }

const labelOf = (req: PayloadRequest, collection: ReviewedCollection) => {
  const plural = req.payload.collections[collection].config.labels.plural
  return (typeof plural === 'string' ? { en: plural, th: plural } : plural) as { en: string; th: string }
}

/**
 * Translation into one language at a glance: per collection, how many documents are missing,
 * in progress, translated or outdated, and which need work, with links that open them in the
 * target language. Documents saved before translation tracking existed are measured on the way.
 */
export async function translationDashboard(req: PayloadRequest, locale: LocaleCode) {
  const collections: CollectionSummary[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    const docs = await documentTitles(req, collection)
    const found = await req.payload.find({
      collection: 'translation-states',
      where: { and: [{ documentCollection: { equals: collection } }, { locale: { equals: locale } }] },
      limit: 0,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const states = new Map<number, TranslationState>(found.docs.map((state) => [state.documentId, state]))
    const counts = Object.fromEntries(TRANSLATION_STATUSES.map((status) => [status, 0])) as Record<TranslationStatus, number>
    const documents: DashboardDocument[] = []
    for (const { id, title } of docs) {
      if (!states.has(id)) {
        await refreshTranslationState(req, { collection, id })
        const fresh = await findTranslationState(req, collection, id, locale)
        if (fresh) states.set(id, fresh)
      }
      const state = states.get(id)
      if (!state) continue
      const status = state.status as TranslationStatus
      counts[status]++
      if (status === 'translated') continue
      documents.push({
        collection,
        id,
        title,
        status,
        total: state.total,
        translated: state.translated,
        outdated: state.outdated,
        missing: state.missing,
        outdatedPaths: (state.outdatedPaths as string[] | null) ?? [],
        adminPath: `${req.payload.config.routes.admin}/collections/${collection}/${id}?locale=${locale}`,
      })
    }
    documents.sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.id - b.id)
    collections.push({ collection, label: labelOf(req, collection), counts, documents })
  }
  const totals = Object.fromEntries(
    TRANSLATION_STATUSES.map((status) => [status, collections.reduce((sum, summary) => sum + summary.counts[status], 0)]),
  ) as Record<TranslationStatus, number>
  return { locale, totals, collections }
}
