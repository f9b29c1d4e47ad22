import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { ReviewState } from '@/payload-types'

import { LOCALE_CODES, type LocaleCode } from '@/localization'
import { readFingerprints } from '@/workflow/fingerprint'
import { intentOf, isDraftSave, isLocale } from '@/workflow/publication'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { findReviewStates, recordTransition, saveReviewState, userIds } from '@/workflow/reviewState'
import type { ReviewedCollection } from '@/workflow/stages'

/**
 * Editing approved (or published) text sends that locale back to draft, so an approval always
 * covers the exact text that was reviewed; the published version stays live meanwhile. It also
 * notes who edited a locale since its last approval, since none of them may approve it.
 * Publishing, seeding and the workflow's own writes are not edits.
 */
export function resetReviewOnEdit(collection: ReviewedCollection): CollectionAfterChangeHook {
  return async ({ doc, data, operation, req, context }) => {
    if (context.seeding || context.workflow) return doc
    const id = doc.id as number
    // Read before any local call: those move req.locale.
    const edited: LocaleCode | undefined = isLocale(req.locale) ? req.locale : undefined
    if (operation === 'create') {
      await noteContributor(isolatedRequest(req), collection, id, edited, undefined)
      return doc
    }
    // A publish is checked against the approval instead (enforceApprovalBeforePublish).
    if (!isDraftSave(intentOf(req), data)) return doc
    await resetEditedLocales(isolatedRequest(req), collection, id, edited)
    return doc
  }
}

async function resetEditedLocales(req: PayloadRequest, collection: ReviewedCollection, id: number, edited: LocaleCode | undefined): Promise<void> {
  const states = await findReviewStates(req, collection, id)
  const approved = LOCALE_CODES.filter((locale) => {
    const state = states[locale]
    return state?.approvedFingerprint && (state.stage === 'approved' || state.stage === 'published')
  })
  const { fingerprints } = approved.length ? await readFingerprints(req, collection, id, { draft: true }) : { fingerprints: undefined }

  for (const locale of approved) {
    const state = states[locale]!
    if (state.approvedFingerprint !== fingerprints?.[locale]) {
      states[locale] = await recordTransition(req, {
        collection,
        id,
        locale,
        from: state.stage!,
        to: 'draft',
        action: 'reset_by_edit',
        comment: 'Edited after approval: needs a new review.',
        state: { approvedFingerprint: null },
      })
    }
  }
  await noteContributor(req, collection, id, edited, states)
}

async function noteContributor(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  edited: LocaleCode | undefined,
  known: Partial<Record<LocaleCode, ReviewState>> | undefined,
): Promise<void> {
  const editor = req.user?.id as number | undefined
  if (!edited || editor === undefined) return
  const state = (known ?? (await findReviewStates(req, collection, id)))[edited]
  const contributors = userIds(state?.contributors)
  if (!contributors.includes(editor)) {
    await saveReviewState(req, { collection, id, locale: edited, existing: state, data: { contributors: [...contributors, editor] } })
  }
}
