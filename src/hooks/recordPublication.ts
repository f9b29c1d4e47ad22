import { APIError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'

import { changed, intentOf, isDraftSave, takePlan, writtenPublicFingerprints, type PublicChange } from '@/workflow/publication'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { findReviewStates, recordTransition } from '@/workflow/reviewState'
import type { ReviewedCollection } from '@/workflow/stages'

/**
 * After a publish or unpublish: checks that what the public API now serves is what was approved
 * (a mismatch rolls the write back), then records each locale that went public as `published`
 * and each that left it as `draft`, with the admin as the actor.
 */
export function recordPublication(collection: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, data, operation, req, context }) => {
    if (operation !== 'update' || context.seeding || context.workflow) return doc
    if (isDraftSave(intentOf(req), data)) return doc
    const plan = takePlan(req, collection, doc.id)
    if (!plan) return doc
    await verifyAndRecord(isolatedRequest(req), collection, doc.id as number, plan)
    return doc
  }
}

async function verifyAndRecord(req: PayloadRequest, collection: ReviewedCollection, id: number, plan: PublicChange[]) {
  const written = await writtenPublicFingerprints(req, collection, id)
  if (plan.some(({ locale, after }) => written[locale] !== after)) {
    throw new APIError('Cannot publish: the content written differs from the approved version. Nothing was published; please try again.', 409, undefined, true)
  }
  const states = await findReviewStates(req, collection, id)
  for (const { locale, after } of changed(plan)) {
    await recordTransition(req, {
      collection,
      id,
      locale,
      from: states[locale]?.stage ?? 'draft',
      to: after ? 'published' : 'draft',
      action: after ? 'publish' : 'unpublish',
    })
  }
}
