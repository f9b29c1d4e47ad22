import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'
import { DEFAULT_LOCALE } from '@/localization'
import { isLocale } from '@/workflow/publication'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { findReviewState, recordRefusal } from '@/workflow/reviewState'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/workflow/stages'

export const ONLY_ADMINS_PUBLISH =
  'Only an admin can publish or unpublish. Save your changes as a draft and submit them for review: an admin publishes them once a medical reviewer has approved them.'

/**
 * A clear 403 for a non-admin asking to publish (REST, GraphQL, bulk, a scheduled job queued by
 * an editor, local API with a user). Collection access refuses it too, which is what hides the
 * admin's Publish button, but only with Payload's generic message. A refused publish of an
 * existing document is recorded in its review history.
 */
export const refusePublishByNonAdmins: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (args.overrideAccess === true || req.context.seeding || !req.user || hasRole(req.user, 'admin')) return args
  if ((args.data as { _status?: unknown } | undefined)?._status !== 'published') return args

  const slug = collection.slug as ReviewedCollection
  const id = Number((args as { id?: unknown }).id)
  if (REVIEWED_COLLECTIONS.includes(slug) && Number.isInteger(id)) {
    const requested = args.publishSpecificLocale ?? req.locale
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE
    const state = await findReviewState(isolatedRequest(req), slug, id, locale)
    await recordRefusal(req.payload, { collection: slug, id, locale, stage: state?.stage ?? 'draft', actor: req.user.id as number, reason: ONLY_ADMINS_PUBLISH })
  }
  throw new APIError(ONLY_ADMINS_PUBLISH, 403, undefined, true)
}
