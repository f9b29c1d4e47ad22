import type { PayloadRequest } from 'payload'

import { LOCALE_CODES } from '@/localization'
import { readFingerprints } from '@/workflow/fingerprint'
import { latestVersionId, recordTransition } from '@/workflow/reviewState'
import type { ReviewedCollection } from '@/workflow/stages'

/**
 * Sample content is published by the seed, not through review: record each of its languages as
 * published (with the text's fingerprint as the approved one), so stages and the review history
 * tell the truth, and editing it later sends it back to review like any other content.
 */
export async function recordSeededPublication(req: PayloadRequest, collection: ReviewedCollection, id: number, reviewer: number | null) {
  const { fingerprints } = await readFingerprints(req, collection, id, { draft: false })
  const versionId = await latestVersionId(req, collection, id)
  for (const locale of LOCALE_CODES) {
    if (!fingerprints[locale]) continue
    await recordTransition(req, {
      collection,
      id,
      locale,
      from: 'draft',
      to: 'published',
      action: 'publish',
      comment: 'Sample content, published by the seed script.',
      state: { approvedFingerprint: fingerprints[locale], approvedVersionId: versionId, approvedBy: reviewer },
    })
  }
}
