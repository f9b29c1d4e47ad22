import {
  addDataAndFileToRequest,
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'

import { ROLES, hasRole, isTranslatorOf } from '@/access/roles'
import { problem, Refusal } from '@/endpoints/problem'
import { TEXT_LIMITS } from '@/fields/text'
import { LOCALE_CODES, type LocaleCode } from '@/localization'
import type { User } from '@/payload-types'
import { now } from './clock'
import { readFingerprints } from './fingerprint'
import { notifyReviewStep, type ReviewNotice } from './notifications'
import { localeName } from './publication'
import { findReviewState, latestVersionId, recordTransition, userIds } from './reviewState'
import { ACTIONS, TRANSITIONS, type Action, type ReviewedCollection } from './stages'

type Step = { collection: ReviewedCollection; id: number; locale: LocaleCode; action: Action; comment?: string; user: User }

/**
 * Applies one review step inside the request's transaction: checks the stage and the people,
 * writes the state and the audit entry, and on approval records the reviewer on the document and
 * the exact content approved. Throws a Refusal for anything the rules do not allow.
 */
async function applyStep(req: PayloadRequest, step: Step) {
  const { collection, id, locale, action, comment, user } = step
  const rule = TRANSITIONS[action]
  const state = await findReviewState(req, collection, id, locale)
  const from = state?.stage ?? 'draft'
  if (!rule.from.includes(from)) {
    throw new Refusal(409, `Cannot ${action.replace('_', ' ')} the ${locale} version: it is ${from.replace('_', ' ')} (allowed from ${rule.from.join(', ')}).`)
  }
  if (rule.commentRequired && !comment) {
    throw new Refusal(400, 'Say what needs to change: a comment is required to request changes.')
  }
  const submittedBy = userIds(state?.submittedBy)[0]
  const authors = [...new Set([...(submittedBy === undefined ? [] : [submittedBy]), ...userIds(state?.contributors)])]
  if (action === 'approve' && authors.includes(user.id)) {
    throw new Refusal(403, 'You cannot approve changes you wrote or submitted yourself: another reviewer must approve them.')
  }
  if (action === 'submit' || action === 'approve') {
    const { fingerprints } = await readFingerprints(req, collection, id, { draft: true })
    if (fingerprints[locale] === null) {
      throw new Refusal(409, `The ${localeName(locale)} version has no text of its own yet: there is nothing to ${action}.`)
    }
  }

  let extra = {}
  if (action === 'submit') extra = { submittedBy: user.id }
  if (action === 'approve') {
    const reviewedAt = now().toISOString()
    // A draft save, so the public version is untouched; the review record is not part of what is approved.
    await req.payload.update({
      collection,
      id,
      locale,
      draft: true,
      data: { medicalReview: { reviewedBy: user.id, lastReviewedAt: reviewedAt } } as never,
      context: { workflow: true },
      depth: 0,
      req,
      overrideAccess: true,
    })
    const { fingerprints } = await readFingerprints(req, collection, id, { draft: true })
    extra = {
      approvedFingerprint: fingerprints[locale],
      approvedVersionId: await latestVersionId(req, collection, id),
      approvedBy: user.id,
      approvedAt: reviewedAt,
      contributors: [],
    }
  }
  const next = await recordTransition(req, { collection, id, locale, from, to: rule.to, action, comment, state: extra })
  return { next, authors }
}

/** The document of the route's :id as the user may read it (its newest draft), or null. */
async function readableDocument(req: PayloadRequest, collection: ReviewedCollection, locale?: LocaleCode) {
  const id = Number(req.routeParams?.id)
  if (!Number.isInteger(id)) return null
  return req.payload.findByID({ collection, id, draft: true, locale, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
}

/**
 * POST /api/<collection>/:id/review { action, locale, comment }: moves one locale through review.
 * GET  /api/<collection>/:id/review: each locale's stage and the history (staff only).
 */
export function reviewEndpoints(collection: ReviewedCollection): Endpoint[] {
  const transition: PayloadHandler = async (req) => {
    if (!req.user) return problem(401, 'Sign in to take part in review.')
    await addDataAndFileToRequest(req)
    const { action, locale, comment } = (req.data ?? {}) as { action?: string; locale?: string; comment?: unknown }
    if (!action || !(ACTIONS as readonly string[]).includes(action)) {
      return problem(400, `Unknown review action "${action ?? ''}". Use one of: ${ACTIONS.join(', ')}.`)
    }
    if (!locale || !(LOCALE_CODES as readonly string[]).includes(locale)) {
      return problem(400, `Give the locale under review: one of ${LOCALE_CODES.join(', ')}.`)
    }
    if (comment !== undefined && comment !== null && typeof comment !== 'string') return problem(400, 'The comment must be text.')
    if (typeof comment === 'string' && comment.length > TEXT_LIMITS.long) {
      return problem(400, `The comment is too long: at most ${TEXT_LIMITS.long} characters (got ${comment.length}).`)
    }
    const rule = TRANSITIONS[action as Action]
    if (!hasRole(req.user, ...rule.roles) && !(rule.translators && isTranslatorOf(req.user, locale))) {
      if (rule.translators && hasRole(req.user, 'translator')) {
        return problem(403, `Translators may ${action} only the languages on their account (${(req.user as User).translatorLocales?.join(', ')}).`)
      }
      return problem(403, `Only ${rule.roles.join(' or ')} users may ${action.replace('_', ' ')}.`)
    }
    const id = Number(req.routeParams?.id)
    const doc = await readableDocument(req, collection, locale as LocaleCode)
    if (!doc) return problem(404, `No ${collection} document ${String(req.routeParams?.id)}.`)

    const step: Step = {
      collection,
      id,
      locale: locale as LocaleCode,
      action: action as Action,
      comment: typeof comment === 'string' && comment.trim() ? comment.trim() : undefined,
      user: req.user as User,
    }
    const shouldCommit = await initTransaction(req)
    let outcome: Awaited<ReturnType<typeof applyStep>>
    try {
      outcome = await applyStep(req, step)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      if (error instanceof Refusal) return problem(error.status, error.message)
      throw error
    }
    const useAsTitle = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
    const notice: ReviewNotice = {
      ...step,
      actor: step.user,
      title: String((doc as unknown as Record<string, unknown>)[useAsTitle] ?? `#${id}`),
      authors: outcome.authors,
    }
    const notified = await notifyReviewStep(req, notice)
    return Response.json({ message: `The ${locale} version is now ${rule.to.replace('_', ' ')}.`, state: outcome.next, notified })
  }

  const status: PayloadHandler = async (req) => {
    if (!req.user || !hasRole(req.user, ...ROLES)) return problem(403, 'Review status is for staff.')
    const id = Number(req.routeParams?.id)
    if (!(await readableDocument(req, collection))) return problem(404, `No ${collection} document ${String(req.routeParams?.id)}.`)
    const states = await req.payload.find({
      collection: 'review-states',
      where: { and: [{ documentCollection: { equals: collection } }, { documentId: { equals: id } }] },
      depth: 0,
      req,
    })
    const events = await req.payload.find({
      collection: 'review-events',
      where: { and: [{ 'document.relationTo': { equals: collection } }, { 'document.value': { equals: id } }] },
      sort: '-createdAt',
      limit: 100,
      depth: 0,
      req,
    })
    const stages = Object.fromEntries(LOCALE_CODES.map((code) => [code, states.docs.find((s) => s.locale === code)?.stage ?? 'draft']))
    // Staff see each other's names in the history, not their accounts.
    const actorIds = [...new Set(events.docs.flatMap((event) => userIds(event.actor)))]
    const actors = actorIds.length
      ? await req.payload.find({ collection: 'users', where: { id: { in: actorIds } }, limit: actorIds.length, depth: 0, req, overrideAccess: true })
      : { docs: [] }
    const names = new Map(actors.docs.map((user) => [user.id, user.name || user.email]))
    const withNames = events.docs.map((event) => ({ ...event, actorName: names.get(userIds(event.actor)[0] ?? -1) ?? null }))
    return Response.json({ stages, events: withNames })
  }

  return [
    { path: '/:id/review', method: 'post', handler: transition },
    { path: '/:id/review', method: 'get', handler: status },
  ]
}
