'use client'

import { Link, useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { labelsFor, TRANSLATIONS_PATH } from './labels'
import './translations.scss'

/** After the nav's collection links (below the review queue): the translation dashboard. */
export function TranslationsNavLink() {
  const pathname = usePathname()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const href = formatAdminURL({ adminRoute, path: TRANSLATIONS_PATH })
  const active = pathname === href
  const label = (
    <>
      {active && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{labelsFor(i18n.language).title}</span>
    </>
  )
  return (
    <div className="translations-nav">
      {active ? (
        <div className="nav__link" id="nav-translations">
          {label}
        </div>
      ) : (
        <Link className="nav__link" href={href} id="nav-translations" prefetch={false}>
          {label}
        </Link>
      )}
    </div>
  )
}
