import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadReviewQueue } from '@/workflow/reviewQueue'
import { ForStaffOnly, isStaffUser, requireSignIn, StaffPage } from '../shared/StaffPage'
import { formatDateTime } from './format'
import { labelsFor, REVIEW_QUEUE_PATH, uiLanguage } from './labels'
import { baseClass, QueueSections } from './QueueSections'
import './reviewQueue.scss'

/**
 * /admin/review-queue: what waits for review, what was sent back, what is ready to publish, what
 * is due for re-review and which publishes were refused, for staff, in the admin's language.
 * Custom root views skip Payload's admin-access redirect, so this view checks the user itself.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { req } = props.initPageResult
  requireSignIn(req, REVIEW_QUEUE_PATH)
  const { i18n, payload } = req
  const language = uiLanguage(i18n.language)
  const t = labelsFor(language)
  if (!isStaffUser(req)) return <ForStaffOnly className={baseClass} message={t.forStaff} title={t.title} />

  const queue = await loadReviewQueue(req)
  return (
    <StaffPage className={baseClass} props={props} title={t.title} viewType="review-queue">
      <header className={`${baseClass}__header`}>
        <h1>{t.title}</h1>
        <p className={`${baseClass}__intro`}>{t.intro}</p>
        <p className={`${baseClass}__generated`}>
          <time dateTime={queue.generatedAt}>{t.generatedAt(formatDateTime(queue.generatedAt, language))}</time>
        </p>
      </header>
      <QueueSections i18n={i18n} language={language} payload={payload} queue={queue} t={t} />
    </StaffPage>
  )
}
