import { addDataAndFileToRequest, type Endpoint, type PayloadHandler } from 'payload'

import { ROLES, hasRole } from '@/access/roles'
import { LOCALE_CODES } from '@/localization'
import { findReviewState, recordTransition } from './reviewState'
import { ACTIONS, TRANSITIONS, type Action, type ReviewedCollection } from './stages'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

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
    if (comment !== undefined && typeof comment !== 'string') return problem(400, 'The comment must be text.')
    const rule = TRANSITIONS[action as Action]
    if (!hasRole(req.user, ...rule.roles)) {
      return problem(403, `Only ${rule.roles.join(' or ')} users may ${action.replace('_', ' ')}.`)
    }
    const id = Number(req.routeParams?.id)
    const doc = Number.isInteger(id)
      ? await req.payload.findByID({ collection, id, draft: true, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
      : null
    if (!doc) return problem(404, `No ${collection} document ${String(req.routeParams?.id)}.`)

    const state = await findReviewState(req, collection, id, locale)
    const from = state?.stage ?? 'draft'
    if (!rule.from.includes(from)) {
      return problem(409, `Cannot ${action.replace('_', ' ')} the ${locale} version: it is ${from.replace('_', ' ')} (allowed from ${rule.from.join(', ')}).`)
    }
    if (rule.commentRequired && !(typeof comment === 'string' && comment.trim())) {
      return problem(400, 'Say what needs to change: a comment is required to request changes.')
    }
    const submittedBy = typeof state?.submittedBy === 'object' ? state?.submittedBy?.id : state?.submittedBy
    if (action === 'approve' && submittedBy === req.user.id) {
      return problem(403, 'You cannot approve changes you submitted yourself: another reviewer must approve them.')
    }
    const next = await recordTransition(req, {
      collection,
      id,
      locale: locale as 'en' | 'th',
      from,
      to: rule.to,
      action,
      comment: typeof comment === 'string' ? comment.trim() : undefined,
      ...(action === 'submit' ? { submittedBy: req.user.id as number } : {}),
    })
    return Response.json({ message: `The ${locale} version is now ${rule.to.replace('_', ' ')}.`, state: next })
  }

  const status: PayloadHandler = async (req) => {
    if (!req.user || !hasRole(req.user, ...ROLES)) return problem(403, 'Review status is for staff.')
    const id = Number(req.routeParams?.id)
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
    return Response.json({ stages, events: events.docs })
  }

  return [
    { path: '/:id/review', method: 'post', handler: transition },
    { path: '/:id/review', method: 'get', handler: status },
  ]
}
