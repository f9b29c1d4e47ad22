import type { PayloadRequest } from 'payload'

import type { ReviewState } from '@/payload-types'
import type { ReviewedCollection, Stage } from './stages'

/** The stored review state of one locale of one document, if any (none means draft). */
export async function findReviewState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  locale: string,
): Promise<ReviewState | undefined> {
  const found = await req.payload.find({
    collection: 'review-states',
    where: {
      and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }, { locale: { equals: locale } }],
    },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return found.docs[0]
}

/**
 * Moves one locale of one document to `to` and appends the audit entry, in the request's
 * transaction. A system write (overrideAccess): the caller has already checked the rules.
 */
export async function recordTransition(
  req: PayloadRequest,
  args: {
    collection: ReviewedCollection
    id: number
    locale: 'en' | 'th'
    from: Stage
    to: Stage
    action: string
    comment?: string
    submittedBy?: number | null
  },
): Promise<ReviewState> {
  const { collection, id, locale, from, to, action, comment } = args
  const existing = await findReviewState(req, collection, id, locale)
  const data = {
    stage: to,
    lastComment: comment || null,
    ...(args.submittedBy !== undefined ? { submittedBy: args.submittedBy } : {}),
  }
  const state = existing
    ? await req.payload.update({ collection: 'review-states', id: existing.id, data, req, overrideAccess: true, depth: 0 })
    : await req.payload.create({
        collection: 'review-states',
        data: { documentCollection: collection, documentId: id, locale, ...data },
        req,
        overrideAccess: true,
        depth: 0,
      })
  const latest = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  await req.payload.create({
    collection: 'review-events',
    data: {
      document: { relationTo: collection, value: id },
      locale,
      action: action as never,
      fromStage: from,
      toStage: to,
      comment: comment || null,
      actor: req.user?.id ?? null,
      versionId: latest.docs[0] ? String(latest.docs[0].id) : null,
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return state
}
