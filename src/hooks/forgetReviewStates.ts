import type { CollectionAfterDeleteHook, Where } from 'payload'

import { isolatedRequest } from '@/workflow/isolatedRequest'
import type { ReviewedCollection } from '@/workflow/stages'

/**
 * A deleted document leaves no review stages or translation status behind; its review history
 * (the audit trail) stays.
 */
export function forgetReviewStates(collection: ReviewedCollection): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    const where: Where = { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] }
    for (const states of ['review-states', 'translation-states'] as const) {
      await req.payload.delete({ collection: states, where, req: isolatedRequest(req), overrideAccess: true })
    }
  }
}
