'use client'

import { usePathname, useSearchParams } from 'next/navigation'

import { translator } from '../../i18n'
import type { ReaderLanguage } from '../format'

/** A link to the same page in the other language: only the /en or /th prefix changes. */
export function LanguageSwitch({ language }: { language: ReaderLanguage }) {
  const pathname = usePathname() ?? `/${language}`
  const search = useSearchParams()?.toString()
  const other: ReaderLanguage = language === 'en' ? 'th' : 'en'
  const rest = pathname.replace(/^\/(en|th)(?=\/|$)/, '')
  const href = `/${other}${rest}${search ? `?${search}` : ''}`
  const t = translator(language, 'site')
  return (
    <a className="language-switch" href={href} hrefLang={other} lang={other} title={t("switchLanguageLabel")} data-testid="language-switch">
      {t('switchLanguage')}
    </a>
  )
}
