import type { CollectionAfterDeleteHook } from 'payload'

import { isolatedRequest } from '@/workflow/isolatedRequest'
import type { ReviewedCollection } from '@/workflow/stages'

/** A deleted document leaves no review stages behind; its review history (the audit trail) stays. */
export function forgetReviewStates(collection: ReviewedCollection): CollectionAfterDeleteHook {
  return async ({ id, req }) => {
    await req.payload.delete({
      collection: 'review-states',
      where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
      req: isolatedRequest(req),
      overrideAccess: true,
    })
  }
}
