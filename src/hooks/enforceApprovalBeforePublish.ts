import { APIError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { hasRole } from '@/access/roles'
import { LOCALES } from '@/localization'
import type { ReviewState } from '@/payload-types'
import {
  changed,
  intentOf,
  isDraftSave,
  localeName,
  plannedPublicChanges,
  type PublicChange,
  type PublicationIntent,
  savePlan,
} from '@/workflow/publication'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { findReviewStates, recordRefusal } from '@/workflow/reviewState'
import { STAGE_LABELS, type ReviewedCollection } from '@/workflow/stages'
import { ONLY_ADMINS_PUBLISH } from './refusePublishByNonAdmins'

function whyNotApproved(change: PublicChange, state: ReviewState | undefined): string | null {
  // Taking a locale's text off the public API exposes nothing unreviewed: readers get the fallback.
  if (change.after === null) return null
  const stage = state?.stage ?? 'draft'
  if ((stage === 'approved' || stage === 'published') && state?.approvedFingerprint === change.after) return null
  const name = localeName(change.locale)
  if (stage === 'approved' || stage === 'published') {
    return `the ${name} text being published is not the version the medical reviewer approved; submit the changes for review again`
  }
  return `the ${name} version is "${STAGE_LABELS[stage].en.toLowerCase()}" and has not been approved by a medical reviewer`
}

/**
 * Nothing reaches the public API unless a medical reviewer approved exactly that text, locale by
 * locale. Checked before anything is written, on every path that publishes (REST, GraphQL, bulk
 * update, admin, scheduled jobs); only seeding skips it. A refused publish of an existing document
 * is recorded in its review history with the reason.
 */
export function enforceApprovalBeforePublish(collection: ReviewedCollection): CollectionBeforeChangeHook {
  return async ({ data, operation, originalDoc, req, context }) => {
    if (context.seeding || context.workflow) return data
    const intent = intentOf(req)
    if (isDraftSave(intent, data)) return data
    const plan = await check({ collection, data, operation, originalDoc, req: isolatedRequest(req), intent })
    // Kept against the operation's own request, where recordPublication looks for it.
    if (plan && operation === 'update') savePlan(req, collection, originalDoc?.id, plan)
    return data
  }
}

async function check(args: {
  collection: ReviewedCollection
  data: Record<string, unknown>
  operation: 'create' | 'update'
  originalDoc: Record<string, unknown> | undefined
  req: PayloadRequest
  intent: PublicationIntent | undefined
}): Promise<PublicChange[] | undefined> {
  const { collection, data, operation, originalDoc, req, intent } = args
  const id = operation === 'update' ? (originalDoc?.id as number) : undefined
  const plan = await plannedPublicChanges(req, { collection, id, data, intent })
  const changes = changed(plan)
  if (!changes.length) return undefined

  if (req.user && !intent?.overrideAccess && !hasRole(req.user, 'admin')) {
    throw new APIError(ONLY_ADMINS_PUBLISH, 403, undefined, true)
  }
  const states = id === undefined ? {} : await findReviewStates(req, collection, id)
  const refusals = changes.flatMap((change) => {
    const why = whyNotApproved(change, states[change.locale])
    return why ? [{ locale: change.locale, why }] : []
  })
  if (refusals.length) {
    const publishable = changes.filter((change) => !refusals.some(({ locale }) => locale === change.locale) && change.after)
    const hint = publishable.length
      ? ` To publish only the approved ${publishable.map(({ locale }) => localeName(locale)).join(' and ')} version, publish that locale on its own (publishSpecificLocale=${publishable[0].locale}, or "Publish in ${LOCALES.find(({ code }) => code === publishable[0].locale)?.label}" in the admin).`
      : ''
    const message = `Cannot publish: ${refusals.map(({ why }) => why).join('; ')}.${hint}`
    if (id !== undefined) {
      for (const { locale } of refusals) {
        await recordRefusal(req.payload, {
          collection,
          id,
          locale,
          stage: states[locale]?.stage ?? 'draft',
          actor: req.user?.id as number | undefined,
          reason: message,
        })
      }
    }
    throw new APIError(message, 409, undefined, true)
  }
  return plan
}
