'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { labelsFor, REVIEW_QUEUE_PATH } from './labels'
import './reviewQueue.scss'

/** After the nav's collection links: the review queue, marked like Payload's own links when open. */
export function ReviewQueueNavLink() {
  const pathname = usePathname()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = formatAdminURL({ adminRoute, path: REVIEW_QUEUE_PATH })
  const label = (
    <>
      {pathname === href && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{labelsFor(i18n.language).title}</span>
    </>
  )
  return (
    <div className="review-queue-nav">
      {pathname === href ? (
        <div className="nav__link" id="nav-review-queue">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-review-queue" prefetch={false}>
          {label}
        </Link>
      )}
    </div>
  )
}
