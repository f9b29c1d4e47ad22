import type { FlattenedField, PayloadRequest } from 'payload'

import { LOCALE_CODES, LOCALES, type LocaleCode } from '@/localization'
import { fingerprintOf, fingerprintOfParts, readLocales, split } from './fingerprint'
import type { ReviewedCollection } from './stages'

/**
 * How a write was asked for, noted before Payload starts (hooks further on cannot see it).
 * `restore`: a version restored; as a draft it never touches the published document, whatever
 * status the restored version had.
 */
export type PublicationIntent = { draft: boolean; publishSpecificLocale?: string; overrideAccess: boolean; restore?: boolean }

/*
 * Kept on the request itself, under symbols, rather than in req.context: Payload replaces
 * req.context with a copy on every local API call a hook makes, so values added to it afterwards
 * would be lost. Symbol properties also reach the hooks of a version restore, which get a proxy of
 * the request (Payload's isolateObjectProperty), where a map keyed by the request found nothing.
 */
export const INTENT = Symbol('publication intent')
const PLANS = Symbol('publication plans')
type WithIntent = { [INTENT]?: PublicationIntent; [PLANS]?: Map<string, PublicChange[]> }

export const rememberIntent = (req: PayloadRequest, intent: PublicationIntent) => {
  ;(req as WithIntent)[INTENT] = intent
}
export const intentOf = (req: PayloadRequest) => (req as WithIntent)[INTENT]

export function savePlan(req: PayloadRequest, collection: string, id: unknown, plan: PublicChange[]): void {
  const holder = req as WithIntent
  holder[PLANS] ??= new Map()
  holder[PLANS].set(`${collection}:${String(id)}`, plan)
}

export function takePlan(req: PayloadRequest, collection: string, id: unknown): PublicChange[] | undefined {
  const key = `${collection}:${String(id)}`
  const plans = (req as WithIntent)[PLANS]
  const plan = plans?.get(key)
  plans?.delete(key)
  return plan
}

/** The public content of one locale before and after a write, as fingerprints (null: nothing public). */
export type PublicChange = { locale: LocaleCode; before: string | null; after: string | null }

export const isLocale = (value: unknown): value is LocaleCode => (LOCALE_CODES as unknown[]).includes(value)

const ENGLISH_NAMES: Record<LocaleCode, string> = { en: 'English', th: 'Thai' }

/** A locale named for messages: "English", "Thai (ไทย)". */
export const localeName = (locale: LocaleCode) => {
  const own = LOCALES.find(({ code }) => code === locale)?.label
  return own && own !== ENGLISH_NAMES[locale] ? `${ENGLISH_NAMES[locale]} (${own})` : ENGLISH_NAMES[locale]
}

/** Is this write a draft save, which never touches what the public API serves? */
export function isDraftSave(intent: PublicationIntent | undefined, data: { _status?: unknown }): boolean {
  return Boolean(intent?.draft) && (Boolean(intent?.restore) || data._status !== 'published')
}

/** Submitted data laid over a stored read the way Payload merges it: groups field by field, anything else replaced. */
export function overlay(fields: FlattenedField[], base: Record<string, unknown> | null | undefined, data: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...(base ?? {}) }
  for (const field of fields) {
    if (!(field.name in data)) continue
    const value = data[field.name]
    const isGroup = (field.type === 'group' || field.type === 'tab') && !field.localized
    merged[field.name] =
      isGroup && value && typeof value === 'object' && !Array.isArray(value)
        ? overlay(field.flattenedFields, base?.[field.name] as Record<string, unknown> | undefined, value as Record<string, unknown>)
        : value
  }
  return merged
}

export const changed = (changes: PublicChange[]) => changes.filter(({ before, after }) => before !== after)

/**
 * What a non-draft write would leave in the public API, locale by locale, computed before anything
 * is written. It follows Payload's own merge: the written locale takes the submitted data over the
 * newest draft; other locales take the newest draft, or with `publishSpecificLocale` their last
 * published text; shared fields always come from the newest draft and the submitted data.
 */
export async function plannedPublicChanges(
  req: PayloadRequest,
  args: { collection: ReviewedCollection; id?: number; data: Record<string, unknown>; intent?: PublicationIntent },
): Promise<PublicChange[]> {
  const { collection, id, data, intent } = args
  const fields = req.payload.collections[collection].config.flattenedFields
  const written = isLocale(req.locale) ? req.locale : 'en'
  const main = id === undefined ? null : await readLocales(req, collection, id, { draft: false })
  const latest = id === undefined ? null : await readLocales(req, collection, id, { draft: true })
  const lastPublished = id !== undefined && isLocale(intent?.publishSpecificLocale) ? await readLastPublished(req, collection, id) : null

  const mergedWritten = split(fields, overlay(fields, latest?.docs[written], data), true, written)
  const statusAfter = (data._status as string | undefined) ?? latest?.status ?? 'draft'

  return LOCALE_CODES.map((locale) => {
    const before = main?.status === 'published' ? fingerprintOf(fields, main.docs[locale], locale) : null
    const own = locale === written ? mergedWritten : split(fields, (lastPublished ?? latest?.docs)?.[locale] ?? undefined, true, locale)
    const after =
      statusAfter === 'published' ? fingerprintOfParts({ localized: own.localized, ownText: own.ownText, shared: mergedWritten.shared }, locale) : null
    return { locale, before, after }
  })
}

/** The public content a write actually left, per locale: the check after the write. */
export async function writtenPublicFingerprints(req: PayloadRequest, collection: ReviewedCollection, id: number) {
  const fields = req.payload.collections[collection].config.flattenedFields
  const main = await readLocales(req, collection, id, { draft: false })
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => [locale, main.status === 'published' ? fingerprintOf(fields, main.docs[locale], locale) : null]),
  ) as Record<LocaleCode, string | null>
}

async function readLastPublished(req: PayloadRequest, collection: ReviewedCollection, id: number) {
  const docs = {} as Record<LocaleCode, Record<string, unknown> | undefined>
  for (const locale of LOCALE_CODES) {
    const found = await req.payload.findVersions({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      locale,
      fallbackLocale: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    docs[locale] = found.docs[0]?.version as unknown as Record<string, unknown> | undefined
  }
  return docs
}
