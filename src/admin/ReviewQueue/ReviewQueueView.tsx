import { DefaultTemplate, MinimalTemplate } from '@payloadcms/next/templates'
import { Gutter, HydrateAuthProvider, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { ROLES, hasRole } from '@/access/roles'
import { loadReviewQueue } from '@/workflow/reviewQueue'
import { formatDateTime } from './format'
import { labelsFor, REVIEW_QUEUE_PATH, uiLanguage } from './labels'
import { baseClass, QueueSections } from './QueueSections'
import './reviewQueue.scss'

/**
 * /admin/review-queue: what waits for review, what was sent back, what is ready to publish, what
 * is due for re-review and which publishes were refused, for staff, in the admin's language.
 * Custom root views skip Payload's admin-access redirect, so this view checks the user itself.
 */
export async function ReviewQueueView({ initPageResult, params, searchParams, user: userWithReadAccess }: AdminViewServerProps) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  // The full principal decides access; the read-access-filtered user is what the template renders.
  const { i18n, payload, user } = req
  const { admin: adminRoute } = payload.config.routes

  if (!user) {
    const login = formatAdminURL({ adminRoute, path: payload.config.admin.routes.login })
    redirect(`${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH }))}`)
  }

  const language = uiLanguage(i18n.language)
  const t = labelsFor(language)

  if (!hasRole(user, ...ROLES)) {
    return (
      <MinimalTemplate className={baseClass}>
        <h1>{t.title}</h1>
        <p className={`${baseClass}__for-staff`}>{t.forStaff}</p>
      </MinimalTemplate>
    )
  }

  const queue = await loadReviewQueue(req)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={userWithReadAccess ?? undefined}
      viewType="review-queue"
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <HydrateAuthProvider permissions={permissions} />
      <SetStepNav nav={[{ label: t.title }]} />
      <Gutter className={baseClass}>
        <header className={`${baseClass}__header`}>
          <h1>{t.title}</h1>
          <p className={`${baseClass}__intro`}>{t.intro}</p>
          <p className={`${baseClass}__generated`}>
            <time dateTime={queue.generatedAt}>{t.generatedAt(formatDateTime(queue.generatedAt, language))}</time>
          </p>
        </header>
        <QueueSections i18n={i18n} language={language} payload={payload} queue={queue} t={t} />
      </Gutter>
    </DefaultTemplate>
  )
}
