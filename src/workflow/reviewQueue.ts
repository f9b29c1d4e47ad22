import type { PayloadRequest, Where } from 'payload'

import { ROLES, hasRole } from '@/access/roles'
import { problem } from '@/endpoints/problem'
import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import type { ReviewState } from '@/payload-types'
import { now } from './clock'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from './reviewDue'
import { userIds } from './reviewState'
import { REVIEWED_COLLECTIONS, type ReviewedCollection, type Stage } from './stages'

const DAY_MS = 24 * 60 * 60 * 1000
const REFUSALS_SHOWN_FOR_DAYS = 30

export type QueueItem = {
  collection: ReviewedCollection
  id: number
  title: string
  locale: LocaleCode
  stage: Stage
  /** When the locale entered its stage, and how many whole days ago. */
  since: string
  ageDays: number
  submittedBy: string | null
  lastComment: string | null
  reviewDue: boolean
  adminPath: string
}

export type DueItem = { collection: ReviewedCollection; id: number; title: string; lastReviewedAt: string | null; adminPath: string }

export type RefusalItem = { collection: ReviewedCollection; id: number; title: string; locale: LocaleCode; at: string; reason: string; adminPath: string }

export type ReviewQueue = {
  generatedAt: string
  reviewIntervalMonths: number
  /** Waiting for a medical reviewer, oldest first. */
  awaitingReview: QueueItem[]
  /** Sent back to the editors with a comment, oldest first. */
  changesRequested: QueueItem[]
  /** Approved and waiting for an admin to publish. */
  readyToPublish: QueueItem[]
  /** Published content whose last review is older than the re-review interval. */
  reviewDue: DueItem[]
  /** Publishes refused in the last 30 days (scheduled ones included), newest first. */
  refusedPublishes: RefusalItem[]
}

type Titled = { id: number; title: Partial<Record<LocaleCode, string>>; lastReviewedAt: string | null }

const adminPath = (req: PayloadRequest, collection: string, id: number, locale: LocaleCode) =>
  `${req.payload.config.routes.admin}/collections/${collection}/${id}?locale=${locale}`

/** Titles (both languages) and review dates of documents, read as the user. */
async function describe(req: PayloadRequest, collection: ReviewedCollection, where: Where, { limit = 200, draft = true } = {}): Promise<Titled[]> {
  const useAsTitle = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
  const found = await req.payload.find({
    collection,
    where,
    draft,
    locale: 'all',
    limit,
    depth: 0,
    pagination: false,
    select: { [useAsTitle]: true, medicalReview: true } as never,
    req,
    user: req.user,
    overrideAccess: false,
  })
  return found.docs.map((doc) => {
    const record = doc as unknown as Record<string, unknown>
    const title = record[useAsTitle]
    return {
      id: record.id as number,
      title: (title && typeof title === 'object' ? title : { en: String(title ?? record.id) }) as Titled['title'],
      lastReviewedAt: ((record.medicalReview as { lastReviewedAt?: string } | undefined)?.lastReviewedAt ?? null) as string | null,
    }
  })
}

const titleIn = (doc: Titled | undefined, locale: LocaleCode, id: number) => doc?.title[locale] || doc?.title[DEFAULT_LOCALE] || `#${id}`

/**
 * What awaits review, what was sent back and what is ready to publish, locale by locale, with
 * ages; published content due for re-review; recent refused publishes. For staff: the admin's
 * review queue and GET /api/review-queue both show this.
 */
export async function loadReviewQueue(req: PayloadRequest): Promise<ReviewQueue> {
  const at = now()
  const months = (req.payload.config.custom as { reviewIntervalMonths?: number } | undefined)?.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS
  const cutoff = new Date(at)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)

  const states = await req.payload.find({
    collection: 'review-states',
    where: { stage: { in: ['in_review', 'changes_requested', 'approved'] } },
    sort: 'stageEnteredAt',
    limit: 500,
    depth: 1,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const refusals = await req.payload.find({
    collection: 'review-events',
    where: { and: [{ action: { equals: 'publish_refused' } }, { createdAt: { greater_than: new Date(at.getTime() - REFUSALS_SHOWN_FOR_DAYS * DAY_MS).toISOString() } }] },
    sort: '-createdAt',
    limit: 50,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })

  const awaitingReview: QueueItem[] = []
  const changesRequested: QueueItem[] = []
  const readyToPublish: QueueItem[] = []
  const reviewDue: DueItem[] = []
  const refusedPublishes: RefusalItem[] = []

  for (const collection of REVIEWED_COLLECTIONS) {
    const own = states.docs.filter((state) => state.documentCollection === collection)
    const refused = refusals.docs.filter((event) => event.document.relationTo === collection)
    const ids = [...new Set([...own.map((state) => state.documentId), ...refused.map((event) => Number(idOf(event.document.value)))])]
    const docs = ids.length ? await describe(req, collection, { id: { in: ids } }) : []
    const byId = new Map(docs.map((doc) => [doc.id, doc]))

    for (const state of own) {
      const doc = byId.get(state.documentId)
      if (!doc) continue // deleted, or not readable by this user
      const item = toItem(req, collection, state, doc, at, cutoff)
      if (state.stage === 'in_review') awaitingReview.push(item)
      else if (state.stage === 'changes_requested') changesRequested.push(item)
      else readyToPublish.push(item)
    }
    for (const event of refused) {
      const id = Number(idOf(event.document.value))
      const locale = event.locale as LocaleCode
      refusedPublishes.push({
        collection,
        id,
        title: titleIn(byId.get(id), locale, id),
        locale,
        at: event.createdAt,
        reason: event.comment ?? '',
        adminPath: adminPath(req, collection, id, locale),
      })
    }
    const due = await describe(
      req,
      collection,
      {
        and: [
          { _status: { equals: 'published' } },
          { or: [{ 'medicalReview.lastReviewedAt': { less_than_equal: cutoff.toISOString() } }, { 'medicalReview.lastReviewedAt': { exists: false } }] },
        ],
      },
      // The published record: a pending draft must not hide a live page that is due.
      { limit: 100, draft: false },
    )
    for (const doc of due) {
      reviewDue.push({ collection, id: doc.id, title: titleIn(doc, DEFAULT_LOCALE, doc.id), lastReviewedAt: doc.lastReviewedAt, adminPath: adminPath(req, collection, doc.id, DEFAULT_LOCALE) })
    }
  }
  const oldestFirst = (a: QueueItem, b: QueueItem) => a.since.localeCompare(b.since)
  refusedPublishes.sort((a, b) => b.at.localeCompare(a.at))
  return {
    generatedAt: at.toISOString(),
    reviewIntervalMonths: months,
    awaitingReview: awaitingReview.sort(oldestFirst),
    changesRequested: changesRequested.sort(oldestFirst),
    readyToPublish: readyToPublish.sort(oldestFirst),
    reviewDue,
    refusedPublishes,
  }
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number }).id : value)

function toItem(req: PayloadRequest, collection: ReviewedCollection, state: ReviewState, doc: Titled, at: Date, cutoff: Date): QueueItem {
  const locale = state.locale as LocaleCode
  const submitter = typeof state.submittedBy === 'object' && state.submittedBy ? state.submittedBy : null
  const submitterId = userIds(state.submittedBy)[0]
  const since = state.stageEnteredAt ?? state.updatedAt
  return {
    collection,
    id: doc.id,
    title: titleIn(doc, locale, doc.id),
    locale,
    stage: state.stage as Stage,
    since,
    ageDays: Math.max(0, Math.floor((at.getTime() - new Date(since).getTime()) / DAY_MS)),
    submittedBy: submitter ? submitter.name || submitter.email : submitterId === undefined ? null : `#${submitterId}`,
    lastComment: state.lastComment ?? null,
    // Content never reviewed is simply new; "due" is for a review that has grown old.
    reviewDue: Boolean(doc.lastReviewedAt) && new Date(doc.lastReviewedAt!).getTime() <= cutoff.getTime(),
    adminPath: adminPath(req, collection, doc.id, locale),
  }
}

/** GET /api/review-queue: the same queue for scripts and other tools (staff only). */
export const reviewQueueEndpoint = {
  path: '/review-queue',
  method: 'get' as const,
  handler: async (req: PayloadRequest) => {
    if (!req.user) return problem(401, 'Sign in to see the review queue.')
    if (!hasRole(req.user, ...ROLES)) return problem(403, 'The review queue is for staff.')
    return Response.json(await loadReviewQueue(req), { headers: { 'Cache-Control': 'no-store' } })
  },
}
