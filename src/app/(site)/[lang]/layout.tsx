import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './site.css'

import type { Metadata, Viewport } from 'next'
import { Suspense, type ReactNode } from 'react'

import { LanguageSwitch } from '@/site/components/LanguageSwitch'
import { Localized } from '@/site/components/Localized'
import { DEFAULT_TIME_ZONE } from '@/site/openingHours'
import { loadClinicProfile, makeView, siteLanguage, siteOrigin } from '@/site/page'

type Props = { children: ReactNode; params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const { data: profile } = await loadClinicProfile(language)
  const name = profile.name ?? ''
  return {
    metadataBase: siteOrigin(),
    title: { default: name, template: `%s · ${name}` },
    description: profile.tagline ?? undefined,
  }
}

/** The website's root layout (the admin and the kiosk have their own). */
export default async function SiteLayout({ children, params }: Props) {
  const language = siteLanguage((await params).lang)
  const { data: profile, englishOnly } = await loadClinicProfile(language)
  const view = makeView(language, englishOnly, profile.timeZone || DEFAULT_TIME_ZONE)
  const { t } = view
  const nav = [
    ['/', 'nav.home'],
    ['/conditions', 'nav.conditions'],
    ['/treatment-methods', 'nav.treatmentMethods'],
    ['/contraindications', 'nav.contraindications'],
    ['/articles', 'nav.articles'],
  ] as const
  return (
    <html lang={language}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="brand" href={view.href('/')}>
              <Localized view={view} path="name">
                {profile.name}
              </Localized>
            </a>
            <Suspense fallback={<a className="language-switch" href={`/${language === 'en' ? 'th' : 'en'}`}>{t('switchLanguage')}</a>}>
              <LanguageSwitch language={language} />
            </Suspense>
          </div>
          <nav aria-label={t('nav.label')} className="wrap site-nav">
            <ul>
              {nav.map(([path, key]) => (
                <li key={path}>
                  <a href={view.href(path)}>{t(key)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            {profile.safetyDisclaimer && (
              <Localized view={view} path="safetyDisclaimer" as="p">
                {profile.safetyDisclaimer}
              </Localized>
            )}
            {profile.licensingStatement && (
              <Localized view={view} path="licensingStatement" as="p">
                {profile.licensingStatement}
              </Localized>
            )}
            <p className="muted">{t('footer.reviewed')}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
