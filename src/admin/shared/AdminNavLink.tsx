'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import './adminNavLink.scss'

export type AdminNavLinkProps = {
  /** The admin path of the view, e.g. `/review-queue`. */
  path: `/${string}`
  label: { en: string; th: string }
}

/** A link in the nav after the collections, to one of our views, marked like Payload's own links when open. */
export function AdminNavLink({ path, label }: AdminNavLinkProps) {
  const pathname = usePathname()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = formatAdminURL({ adminRoute, path })
  const active = pathname === href
  const id = `nav${path.replace(/\//g, '-')}`
  const content = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{i18n.language === 'th' ? label.th : label.en}</span>
    </>
  )
  return active ? (
    <div className="nav__link" id={id}>
      {content}
    </div>
  ) : (
    <Link className="nav__link" href={href} id={id} prefetch={false}>
      {content}
    </Link>
  )
}
