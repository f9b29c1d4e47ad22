import type { PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@/localization'
import type { TranslationState } from '@/payload-types'
import { now } from '@/workflow/clock'
import { readLocale } from '@/workflow/fingerprint'
import type { ReviewedCollection } from '@/workflow/stages'
import { statusOf, type FieldRecord, type TranslationStatus } from './status'
import { plainText, textHash, translatableFields, type TranslatableField } from './translatableFields'

export const TARGET_LOCALES = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)

export type FieldStatus = 'missing' | 'translated' | 'outdated'

export type FieldDetail = {
  path: string
  label: string
  kind: TranslatableField['kind']
  status: FieldStatus
  /** English now, and (when outdated) the English the translation was made from. */
  sourceNow: string
  sourceThen: string | null
  target: string | null
  source: unknown
  targetValue: unknown
}

type Records = Record<string, FieldRecord>

export async function findTranslationState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  locale: LocaleCode,
): Promise<TranslationState | undefined> {
  const found = await req.payload.find({
    collection: 'translation-states',
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }, { locale: { equals: locale } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs[0]
}

function classify(items: TranslatableField[], records: Records): FieldDetail[] {
  return items.map((item) => {
    const record = records[item.path]
    const status: FieldStatus = item.target === null ? 'missing' : record && record.sourceHash !== textHash(item.source) ? 'outdated' : 'translated'
    return {
      path: item.path,
      label: item.label,
      kind: item.kind,
      status,
      sourceNow: plainText(item.source),
      sourceThen: status === 'outdated' ? (record?.sourceText ?? null) : null,
      target: item.target === null ? null : plainText(item.target),
      source: item.source,
      targetValue: item.target,
    }
  })
}

const countsOf = (details: FieldDetail[]) => ({
  total: details.length,
  translated: details.filter((detail) => detail.status === 'translated').length,
  outdated: details.filter((detail) => detail.status === 'outdated').length,
  missing: details.filter((detail) => detail.status === 'missing').length,
})

/**
 * Brings the translation status of a document up to date after a save, in every target language:
 * a field whose translation changed is recorded as translated from the current English; a field
 * whose English changed since is outdated; a field without translation is missing. `confirm`
 * marks existing translations as still right for the current English (the translator checked).
 */
export async function refreshTranslationState(
  req: PayloadRequest,
  args: { collection: ReviewedCollection; id: number; userId?: number | null; confirm?: { locale: LocaleCode; paths: string[] } },
): Promise<Record<LocaleCode, { status: TranslationStatus; details: FieldDetail[] }>> {
  const { collection, id } = args
  const fields = req.payload.collections[collection].config.flattenedFields
  const english = await readLocale(req, collection, id, DEFAULT_LOCALE, { draft: true })
  const result = {} as Record<LocaleCode, { status: TranslationStatus; details: FieldDetail[] }>
  if (!english) return result
  const at = now().toISOString()

  for (const locale of TARGET_LOCALES) {
    const target = await readLocale(req, collection, id, locale, { draft: true })
    const items = translatableFields(fields, english, target)
    const state = await findTranslationState(req, collection, id, locale)
    const before = (state?.fields ?? {}) as Records
    const records: Records = {}
    const confirmed = args.confirm?.locale === locale ? new Set(args.confirm.paths) : undefined
    for (const item of items) {
      if (item.target === null) continue
      const targetHash = textHash(item.target)
      const previous = before[item.path]
      const fresh = {
        sourceHash: textHash(item.source),
        sourceText: plainText(item.source),
        targetHash,
        translatedAt: at,
        translatedBy: args.userId ?? null,
      }
      records[item.path] = !previous || previous.targetHash !== targetHash || confirmed?.has(item.path) ? fresh : previous
    }
    const details = classify(items, records)
    const counts = countsOf(details)
    const status = statusOf(counts)
    const outdatedPaths = details.filter((detail) => detail.status === 'outdated').map((detail) => detail.path)
    const data = { status, ...counts, outdatedPaths, fields: records }
    const unchanged =
      state &&
      state.status === status &&
      JSON.stringify(state.fields ?? {}) === JSON.stringify(records) &&
      JSON.stringify(state.outdatedPaths ?? []) === JSON.stringify(outdatedPaths)
    if (!unchanged) {
      if (state) await req.payload.update({ collection: 'translation-states', id: state.id, data, req, overrideAccess: true, depth: 0 })
      else
        await req.payload.create({
          collection: 'translation-states',
          data: { documentCollection: collection, documentId: id, locale, ...data },
          req,
          overrideAccess: true,
          depth: 0,
        })
    }
    result[locale] = { status, details }
  }
  return result
}

/** The translation of one document into one language, field by field, without changing anything. */
export async function translationDetail(req: PayloadRequest, collection: ReviewedCollection, id: number, locale: LocaleCode) {
  const fields = req.payload.collections[collection].config.flattenedFields
  const english = await readLocale(req, collection, id, DEFAULT_LOCALE, { draft: true })
  if (!english) return null
  const target = await readLocale(req, collection, id, locale, { draft: true })
  const state = await findTranslationState(req, collection, id, locale)
  const details = classify(translatableFields(fields, english, target), (state?.fields ?? {}) as Records)
  const counts = countsOf(details)
  return { status: statusOf(counts), ...counts, fields: details }
}
