import type { Payload, PayloadRequest } from 'payload'

import type { LocaleCode } from '@/localization'
import type { ReviewState } from '@/payload-types'
import { now } from './clock'
import type { EventAction, ReviewedCollection, Stage } from './stages'

type StateData = Partial<Omit<ReviewState, 'id' | 'documentCollection' | 'documentId' | 'locale' | 'createdAt' | 'updatedAt'>>

const idOf = (value: unknown): number | undefined =>
  value && typeof value === 'object' ? (value as { id: number }).id : (value as number | undefined) ?? undefined

/** The users a state names in a relationship field, as ids. */
export const userIds = (value: unknown): number[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map(idOf).filter((id): id is number => typeof id === 'number')

/** The stored review state of each locale of one document (a missing locale is draft). */
export async function findReviewStates(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
): Promise<Partial<Record<LocaleCode, ReviewState>>> {
  const found = await req.payload.find({
    collection: 'review-states',
    where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
    limit: 10,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return Object.fromEntries(found.docs.map((state) => [state.locale, state]))
}

export async function findReviewState(
  req: PayloadRequest,
  collection: ReviewedCollection,
  id: number,
  locale: LocaleCode,
): Promise<ReviewState | undefined> {
  return (await findReviewStates(req, collection, id))[locale]
}

/** The id of the newest stored version of a document: what an approval or a publish refers to. */
export async function latestVersionId(req: PayloadRequest, collection: ReviewedCollection, id: number): Promise<string | null> {
  const latest = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return latest.docs[0] ? String(latest.docs[0].id) : null
}

/** Writes (or creates) the state row of one locale without an audit entry: bookkeeping only. */
export async function saveReviewState(
  req: PayloadRequest,
  args: { collection: ReviewedCollection; id: number; locale: LocaleCode; existing?: ReviewState; data: StateData },
): Promise<ReviewState> {
  const { collection, id, locale, existing, data } = args
  return existing
    ? req.payload.update({ collection: 'review-states', id: existing.id, data, req, overrideAccess: true, depth: 0 })
    : req.payload.create({
        collection: 'review-states',
        data: { documentCollection: collection, documentId: id, locale, stage: 'draft', ...data },
        req,
        overrideAccess: true,
        depth: 0,
      })
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
    locale: LocaleCode
    from: Stage
    to: Stage
    action: EventAction
    comment?: string
    state?: StateData
  },
): Promise<ReviewState> {
  const { collection, id, locale, from, to, action, comment } = args
  const existing = await findReviewState(req, collection, id, locale)
  const state = await saveReviewState(req, {
    collection,
    id,
    locale,
    existing,
    data: { stage: to, stageEnteredAt: now().toISOString(), lastComment: comment || null, ...args.state },
  })
  await req.payload.create({
    collection: 'review-events',
    data: {
      document: { relationTo: collection, value: id },
      locale,
      action,
      fromStage: from,
      toStage: to,
      comment: comment || null,
      actor: req.user?.id ?? null,
      versionId: await latestVersionId(req, collection, id),
    },
    req,
    overrideAccess: true,
    depth: 0,
  })
  return state
}

/**
 * Records a refused publish in the audit trail. It runs in its own transaction, because the
 * refusal rolls back the request's: the record must survive it (a scheduled publish that fires
 * at night must leave a visible reason on the document).
 */
export async function recordRefusal(
  payload: Payload,
  args: { collection: ReviewedCollection; id: number; locale: LocaleCode; stage: Stage; actor?: number; reason: string },
): Promise<void> {
  await payload.create({
    collection: 'review-events',
    data: {
      document: { relationTo: args.collection, value: args.id },
      locale: args.locale,
      action: 'publish_refused',
      fromStage: args.stage,
      toStage: args.stage,
      comment: args.reason,
      actor: args.actor ?? null,
    },
    overrideAccess: true,
    depth: 0,
  })
}
