import { createHash } from 'node:crypto'

import type { FlattenedField, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@/localization'
import { canonicalText } from './canonicalText'
import type { ReviewedCollection } from './stages'

/**
 * Bookkeeping that changes without anyone editing the text: the review record itself (approval
 * fills it), derived values and timestamps.
 */
const NOT_REVIEWED = new Set(['medicalReview', 'readingTimeMinutes', 'updatedAt', 'createdAt', '_status', 'id'])

type Part = { localized: unknown; shared: unknown; ownText?: boolean }

/** A field's default for a locale (the pre-filled disclaimer), to tell it from text someone wrote. */
function defaultFor(field: FlattenedField, locale: LocaleCode | undefined): unknown {
  const { defaultValue } = field as { defaultValue?: unknown }
  if (typeof defaultValue !== 'function') return defaultValue
  try {
    return (defaultValue as (args: { locale?: string }) => unknown)({ locale })
  } catch {
    return undefined
  }
}

// Empty in any of its spellings: a form sends '' or false where the database holds null.
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || value === false || (Array.isArray(value) && value.length === 0)


/**
 * Splits one locale's read of a document into what that locale owns (localized fields) and what
 * every locale shares (relationships, numbers, the slug), following the field config so that
 * localized fields inside shared groups and array rows land on the right side.
 */
export function split(fields: FlattenedField[], data: Record<string, unknown> | undefined, topLevel = true, locale?: LocaleCode): Part {
  const localized: Record<string, unknown> = {}
  const shared: Record<string, unknown> = {}
  let ownText = false
  for (const field of fields) {
    if (field.type === 'join' || ('virtual' in field && field.virtual)) continue
    if (topLevel && NOT_REVIEWED.has(field.name)) continue
    // Row ids are bookkeeping; the order and content of rows is what a reviewer reads.
    if (!topLevel && field.name === 'id') continue
    const value = data?.[field.name]
    if (field.localized) {
      if (!isEmpty(value)) {
        localized[field.name] = value
        if (canonicalText(value) !== canonicalText(defaultFor(field, locale))) ownText = true
      }
      continue
    }
    if (field.type === 'group' || field.type === 'tab') {
      const inner = split(field.flattenedFields, value as Record<string, unknown> | undefined, false, locale)
      if (inner.localized !== null) localized[field.name] = inner.localized
      if (inner.shared !== null) shared[field.name] = inner.shared
      ownText ||= Boolean(inner.ownText)
      continue
    }
    if (field.type === 'array' && Array.isArray(value)) {
      const rows = value.map((row) => split(field.flattenedFields, row as Record<string, unknown>, false, locale))
      ownText ||= rows.some((row) => row.ownText)
      if (rows.some((row) => row.localized !== null)) localized[field.name] = rows.map((row) => row.localized)
      shared[field.name] = rows.map((row) => row.shared)
      continue
    }
    if (field.type === 'blocks' && Array.isArray(value)) {
      const rows = value.map((row) => {
        const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: string }).blockType)
        return { blockType: (row as { blockType?: string }).blockType, ...split(block?.flattenedFields ?? [], row as Record<string, unknown>, false, locale) }
      })
      ownText ||= rows.some((row) => row.ownText)
      if (rows.some((row) => row.localized !== null)) localized[field.name] = rows.map((row) => row.localized)
      shared[field.name] = rows.map((row) => ({ blockType: row.blockType, shared: row.shared }))
      continue
    }
    if (!isEmpty(value)) shared[field.name] = value
  }
  return {
    localized: Object.keys(localized).length ? localized : null,
    shared: Object.keys(shared).length ? shared : null,
    ownText,
  }
}

const hash = (value: unknown) => createHash('sha256').update(canonicalText(value)).digest('hex')

/** The fingerprint of one locale from its split parts (see fingerprintOf). */
export function fingerprintOfParts({ localized, shared, ownText }: Part, locale: LocaleCode): string | null {
  if (locale === DEFAULT_LOCALE) return hash({ localized, shared })
  return ownText ? hash({ localized }) : null
}

/**
 * A fingerprint of what a reviewer of `locale` approves: that locale's own text, and for English
 * (the source language) also every shared field. `null` when a translation has no text of its own
 * (nothing, or only pre-filled defaults): readers then see the English fallback, which English
 * review covers.
 */
export function fingerprintOf(
  fields: FlattenedField[],
  doc: Record<string, unknown> | null | undefined,
  locale: LocaleCode,
): string | null {
  if (!doc) return null
  return fingerprintOfParts(split(fields, doc, true, locale), locale)
}

/**
 * Fingerprints of every locale of one stored form of a document: its newest draft
 * (`draft: true`) or the main record the public API serves (`draft: false`).
 */
export async function readFingerprints(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  { draft }: { draft: boolean },
): Promise<{ status: string | null; fingerprints: Record<LocaleCode, string | null> }> {
  const fields = req.payload.collections[collection].config.flattenedFields
  const { status, docs } = await readLocales(req, collection, id, { draft })
  const fingerprints = Object.fromEntries(
    LOCALE_CODES.map((locale) => [locale, fingerprintOf(fields, docs[locale], locale)]),
  ) as Record<LocaleCode, string | null>
  return { status, fingerprints }
}

/** One stored form of a document read once per locale, without fallback (what each locale owns). */
export async function readLocales(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  { draft }: { draft: boolean },
): Promise<{ status: string | null; docs: Record<LocaleCode, Record<string, unknown> | null> }> {
  const docs = {} as Record<LocaleCode, Record<string, unknown> | null>
  let status: string | null = null
  for (const locale of LOCALE_CODES) {
    docs[locale] = await readLocale(req, collection, id, locale, { draft })
    status = (docs[locale]?._status as string | undefined) ?? status
  }
  return { status, docs }
}

/**
 * One stored form of a document in one language, without fallback (what that language owns): its
 * newest draft (`draft: true`) or the main record the public API serves. A system read.
 */
export async function readLocale(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  locale: LocaleCode,
  { draft }: { draft: boolean },
): Promise<Record<string, unknown> | null> {
  const doc = await req.payload.findByID({
    collection,
    id,
    draft,
    locale,
    fallbackLocale: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  return (doc as Record<string, unknown> | null) ?? null
}
