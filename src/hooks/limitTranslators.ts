import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'

import { isOnlyTranslator } from '@/access/roles'
import { LOCALES } from '@/localization'
import type { User } from '@/payload-types'
import { readLocale, split } from '@/workflow/fingerprint'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { intentOf, isLocale, localeName, overlay } from '@/workflow/publication'
import type { ReviewedCollection } from '@/workflow/stages'

const theirLocales = (user: User) =>
  (user.translatorLocales ?? []).map((code) => LOCALES.find((locale) => locale.code === code)?.label ?? code).join(', ')

/**
 * A translator writes only the languages listed on their account (REST, GraphQL, bulk update,
 * the admin, "copy to locale", XLIFF import), and creates nothing: an editor creates documents in
 * English. Nor do they restore versions, which rewrite every language. Checked before anything
 * runs, with a message saying what they may do instead.
 */
export const limitTranslatorsToTheirLocales: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID' && operation !== 'restoreVersion') return args
  const user = req.user as User | null
  if (!user || args.overrideAccess === true || !isOnlyTranslator(user)) return args
  if (operation === 'create') {
    throw new APIError('Translators cannot create documents: an editor creates them in English, then you translate them.', 403, undefined, true)
  }
  if (operation === 'restoreVersion') {
    throw new APIError('Translators cannot restore versions: a version holds every language, English included. Ask an editor to restore it.', 403, undefined, true)
  }
  const locale = (args as { publishSpecificLocale?: string }).publishSpecificLocale ?? req.locale
  if (!isLocale(locale)) {
    throw new APIError(`Translators save one language at a time: add ?locale= with one of your languages (${user.translatorLocales?.join(', ')}).`, 400, undefined, true)
  }
  if (!user.translatorLocales?.includes(locale)) {
    throw new APIError(
      `You translate into ${theirLocales(user)} only: the ${localeName(locale)} text is not yours to change${locale === 'en' ? ' (English is the source, written by editors)' : ''}.`,
      403,
      undefined,
      true,
    )
  }
  return args
}

/**
 * Within their language a translator changes text only: relationships, numbers, dates, the slug
 * and other fields shared by every language are refused, naming them. The admin form resubmits
 * shared fields unchanged, which is allowed.
 */
export function keepSharedFieldsFromTranslators(collection: ReviewedCollection): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req }) => {
    const user = req.user as User | null
    if (operation !== 'update' || !user || !isOnlyTranslator(user) || intentOf(req)?.overrideAccess) return data
    const locale = isLocale(req.locale) ? req.locale : undefined
    if (!locale) return data
    const fields = req.payload.collections[collection].config.flattenedFields
    const current = await readLocale(isolatedRequest(req), collection, originalDoc?.id as number, locale, { draft: true })
    const before = (split(fields, current ?? undefined).shared ?? {}) as Record<string, unknown>
    const after = (split(fields, overlay(fields, current, data)).shared ?? {}) as Record<string, unknown>
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    )
    if (changed.length) {
      throw new APIError(
        `Translators change only the text of their languages: ${changed.join(', ')} ${changed.length === 1 ? 'is' : 'are'} shared by all languages and can be changed by an editor.`,
        403,
        undefined,
        true,
      )
    }
    return data
  }
}
