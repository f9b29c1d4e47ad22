import type { CollectionAfterChangeHook } from 'payload'

import { findReviewState, recordTransition } from '@/workflow/reviewState'
import type { ReviewedCollection } from '@/workflow/stages'

// Bookkeeping that changes without anyone editing the text.
const IGNORED = new Set(['_status', 'updatedAt', 'createdAt', 'medicalReview', 'readingTimeMinutes'])

const content = (doc: Record<string, unknown> | undefined) =>
  JSON.stringify(Object.entries(doc ?? {}).filter(([key]) => !IGNORED.has(key)))

/**
 * Editing approved (or published) text sends that locale back to draft, so an approval always
 * covers the exact text that was reviewed. Publishing alone, seeding and workflow writes do not.
 */
export function resetReviewOnEdit(collection: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, operation, req, context }) => {
    if (operation !== 'update' || context.seeding || context.workflow) return doc
    const locale = req.locale
    if (locale !== 'en' && locale !== 'th') return doc
    if (content(doc) === content(previousDoc)) return doc
    const state = await findReviewState(req, collection, doc.id as number, locale)
    if (state && (state.stage === 'approved' || state.stage === 'published')) {
      await recordTransition(req, {
        collection,
        id: doc.id as number,
        locale,
        from: state.stage,
        to: 'draft',
        action: 'reset_by_edit',
        comment: 'Edited after approval: needs a new review.',
      })
    }
    return doc
  }
}
