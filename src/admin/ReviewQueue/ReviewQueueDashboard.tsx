import { Link } from '@payloadcms/ui'
import { headers as requestHeaders } from 'next/headers'
import { redirect } from 'next/navigation'
import { createLocalReq, executeAuthStrategies, type PayloadRequest, type ServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { ROLES, hasRole } from '@/access/roles'
import { loadReviewQueue } from '@/workflow/reviewQueue'
import { labelsFor, REVIEW_QUEUE_PATH } from './labels'
import './reviewQueue.scss'

const baseClass = 'review-queue-summary'

/**
 * Before the dashboard: medical reviewers (who are not admins) go straight to the review queue;
 * other staff see how many items wait in each part of it, with a link.
 */
export async function ReviewQueueDashboard({ i18n, locale, payload, user: userWithReadAccess }: ServerProps) {
  const { admin: adminRoute } = payload.config.routes
  const queueURL = formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })

  // Dashboard components get the user filtered for display, not the request: authenticate the
  // request's own credentials again for the full principal that access control expects.
  const { user } = await executeAuthStrategies({ headers: await requestHeaders(), payload })
  if (!user || !userWithReadAccess || user.id !== userWithReadAccess.id || !hasRole(user, ...ROLES)) return null

  if (hasRole(user, 'reviewer') && !hasRole(user, 'admin')) redirect(queueURL)

  const t = labelsFor(i18n.language)
  let counts
  try {
    // The admin's (client) i18n on the request, as Payload's own page requests carry it.
    const req = await createLocalReq({ locale: locale?.code, req: { i18n: i18n as unknown as PayloadRequest['i18n'] }, user }, payload)
    const queue = await loadReviewQueue(req)
    counts = {
      awaitingReview: queue.awaitingReview.length,
      changesRequested: queue.changesRequested.length,
      readyToPublish: queue.readyToPublish.length,
      reviewDue: queue.reviewDue.length,
    }
  } catch (error) {
    // The summary must not take the dashboard down with it; the queue page shows the error.
    payload.logger.error({ err: error, msg: 'review queue summary failed' })
    return null
  }

  return (
    <section aria-label={t.title} className={baseClass}>
      <h2 className={`${baseClass}__heading`}>{t.title}</h2>
      <p className={`${baseClass}__counts`}>{t.summary(counts)}</p>
      <Link className={`${baseClass}__link`} href={queueURL} prefetch={false}>
        {t.openQueue} →
      </Link>
    </section>
  )
}
