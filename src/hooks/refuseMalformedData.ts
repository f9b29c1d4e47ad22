import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { ClientInputError } from '@/errors/ClientInputError'
import { requestLanguage, translator } from '@/i18n'
import { malformedData } from './malformedData'

function refuseIfMalformed(data: unknown, fields: FlattenedField[], req: PayloadRequest, { slug, acceptsExtraKeys }: { slug: string; acceptsExtraKeys: boolean }) {
  if (data === undefined) return
  const t = translator(requestLanguage(req), 'errors')
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ClientInputError('expected.object')
  const { config, collections } = req.payload
  const problems = malformedData(fields, data as Record<string, unknown>, {
    refuseUnknownKeys: req.payloadAPI !== 'local' && !acceptsExtraKeys,
    localeAll: req.locale === 'all',
    locales: config.localization ? config.localization.localeCodes : [],
    defaultMaxTextLength: config.defaultMaxTextLength ?? 40_000,
    idType: (collection) => ((collections as Record<string, { customIDType?: string } | undefined>)[collection]?.customIDType ?? req.payload.db.defaultIDType) as 'number' | 'text',
  })
  if (problems.length === 0) return
  throw new ValidationError(
    { collection: slug, errors: problems.map(({ path, key, params }) => ({ path, message: t(key, params) })) },
    req.t,
  )
}

/**
 * Refuses a create or update whose data has the wrong shape (see malformedData) before any other
 * hook or the database sees it: a 400 naming each field, in the caller's language. Drafts too.
 * It runs before access control, as Payload's own checks of the body do (invalid JSON): a caller
 * who may not write gets the 403 for a well-formed body and the 400 for a malformed one. (After
 * access, Payload's field hooks would already have reshaped some of it: a group given as a string
 * becomes an empty group.) Auth collections accept keys that are not fields (password,
 * confirm-password …), so unknown keys are only refused elsewhere.
 */
export const refuseMalformedData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  refuseIfMalformed((args as { data?: unknown }).data, collection.flattenedFields, req, { slug: collection.slug, acceptsExtraKeys: Boolean(collection.auth) })
  return args
}

export const refuseMalformedGlobalData: GlobalBeforeOperationHook = ({ args, global, operation, req }) => {
  if (operation !== 'update') return args
  refuseIfMalformed((args as { data?: unknown }).data, global.flattenedFields, req, { slug: global.slug, acceptsExtraKeys: false })
  return args
}
