'use client'

import { useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react'

import { translator } from '@/i18n'
import { kioskOptions, type KioskOptions } from '@/kiosk/config'
import { registerServiceWorker } from '@/kiosk/serviceWorker'
import type { KioskLanguage } from '@/kiosk/types'
import { useContent } from '@/kiosk/useContent'
import { useIdleTimer } from '@/kiosk/useIdleTimer'
import { DEFAULT_TIME_ZONE } from '@/site/openingHours'

import { ChecklistScreen } from './ChecklistScreen'
import { ConditionScreen } from './ConditionScreen'
import { ContactScreen } from './ContactScreen'
import { DocumentList } from './DocumentList'
import { MethodScreen } from './MethodScreen'
import { OfflineNote } from './OfflineNote'
import { StartScreen } from './StartScreen'
import { ViewContext, type KioskView, type Screen } from './view'

const START: Screen = { kind: 'start' }

/**
 * The kiosk: one client-side page. The server only renders this shell (so the service worker can
 * keep it); the content comes from the public API, or from the copy saved on this device.
 */
export function Kiosk({ initial, deploymentIdleSeconds }: { initial: KioskOptions; deploymentIdleSeconds: number }) {
  // The URL is read again in the browser: a page the service worker kept may carry other query values.
  const [options, setOptions] = useState(initial)
  const [lang, setLang] = useState<KioskLanguage>(initial.defaultLanguage)
  const [history, setHistory] = useState<Screen[]>([START])
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set())
  const { status, saved, nudge } = useContent()

  useEffect(() => {
    const fromUrl = kioskOptions(window.location.search, deploymentIdleSeconds)
    setOptions(fromUrl)
    setLang(fromUrl.defaultLanguage)
    if (process.env.NODE_ENV === 'production') void registerServiceWorker()
  }, [deploymentIdleSeconds])

  const t = useMemo(() => translator(lang, 'kiosk'), [lang])
  useEffect(() => {
    document.documentElement.lang = lang
    document.title = t('title')
  }, [lang, t])

  const reset = useCallback(() => {
    setHistory([START])
    setLang(options.defaultLanguage)
    setTicked(new Set())
    ;(document.activeElement as HTMLElement | null)?.blur?.()
  }, [options.defaultLanguage])
  useIdleTimer(options.idleSeconds, reset, nudge)

  const screen = history[history.length - 1]!
  const go = useCallback((next: Screen) => setHistory((previous) => [...previous, next]), [])
  useEffect(() => {
    window.scrollTo({ top: 0 })
  }, [screen])

  // A kiosk never leaves itself: links inside published text (rich text) stay text.
  const keepInKiosk = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a[href]')) event.preventDefault()
  }

  const content = saved?.content
  const view: KioskView | undefined = content && {
    lang,
    t,
    content,
    timeZone: content.clinic.timeZone || DEFAULT_TIME_ZONE,
    go,
    ticked,
    setTicked,
  }

  return (
    <div className="k-app" onClickCapture={keepInKiosk}>
      <header className="k-bar">
        <div className="k-nav">
          {history.length > 1 && (
            <>
              <button type="button" className="k-button k-back" onClick={() => setHistory((previous) => previous.slice(0, -1))}>
                <span aria-hidden="true">‹ </span>
                {t('back')}
              </button>
              <button type="button" className="k-button k-home" onClick={() => setHistory([START])}>
                {t('home')}
              </button>
            </>
          )}
        </div>
        <p className="k-brand">{view ? <ClinicName view={view} /> : t('title')}</p>
        <button type="button" className="k-button k-language" lang={lang === 'th' ? 'en' : 'th'} onClick={() => setLang(lang === 'th' ? 'en' : 'th')}>
          {t('switchLanguage')}
        </button>
        {/* Always present, so that screen readers announce the note when it appears. */}
        <div className="k-offline-slot" role="status">
          {status === 'offline' && saved && <OfflineNote savedAt={saved.savedAt} lang={lang} t={t} timeZone={view?.timeZone ?? DEFAULT_TIME_ZONE} />}
        </div>
      </header>
      <main className="k-main" id="kiosk-main">
        {view ? (
          <ViewContext.Provider value={view}>
            <ScreenView key={history.length + screen.kind} screen={screen} view={view} />
          </ViewContext.Provider>
        ) : status === 'offline' ? (
          <div className="k-unavailable" role="alert">
            <h1>{t('unavailable.title')}</h1>
            <p>{t('unavailable.body')}</p>
          </div>
        ) : (
          <p className="k-loading" role="status">
            {t('loading')}
          </p>
        )}
      </main>
    </div>
  )
}

function ClinicName({ view }: { view: KioskView }) {
  const name = view.content.clinic.name
  const picked = name?.[view.lang] || name?.en
  return <span lang={name?.[view.lang] ? undefined : 'en'}>{picked || view.t('title')}</span>
}

function ScreenView({ screen, view }: { screen: Screen; view: KioskView }) {
  const { t, content, go } = view
  switch (screen.kind) {
    case 'start':
      return <StartScreen />
    case 'conditions':
      return <DocumentList title={t('conditions.title')} docs={content.conditions} open={(id) => go({ kind: 'condition', id })} />
    case 'methods':
      return <DocumentList title={t('methods.title')} docs={content.methods} open={(id) => go({ kind: 'method', id })} />
    case 'condition': {
      const condition = content.conditions.find((doc) => doc.id === screen.id)
      // Unpublished since it was opened (a refresh happened): back to the list.
      return condition ? <ConditionScreen condition={condition} /> : <DocumentList title={t('conditions.title')} docs={content.conditions} open={(id) => go({ kind: 'condition', id })} />
    }
    case 'method': {
      const method = content.methods.find((doc) => doc.id === screen.id)
      return method ? <MethodScreen method={method} /> : <DocumentList title={t('methods.title')} docs={content.methods} open={(id) => go({ kind: 'method', id })} />
    }
    case 'checklist':
      return <ChecklistScreen />
    case 'contact':
      return <ContactScreen />
  }
}
