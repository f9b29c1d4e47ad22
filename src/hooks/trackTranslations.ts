import type { CollectionAfterChangeHook } from 'payload'

import { refreshTranslationState } from '@/translation/tracker'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import type { ReviewedCollection } from '@/workflow/stages'

/**
 * Keeps each document's translation status (missing, in progress, translated, outdated) current
 * after every save, drafts and autosaves included. The workflow's own writes change no text.
 */
export function trackTranslations(collection: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, req, context }) => {
    if (context.workflow) return doc
    await refreshTranslationState(isolatedRequest(req), { collection, id: doc.id as number, userId: (req.user?.id as number | undefined) ?? null })
    return doc
  }
}
