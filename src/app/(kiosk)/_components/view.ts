'use client'

import type { TFunction } from 'i18next'
import { createContext, useContext } from 'react'

import type { KioskContent, KioskLanguage } from '@/kiosk/types'

/** The kiosk's screens; details name their document by id (ids survive a content refresh). */
export type Screen =
  | { kind: 'start' }
  | { kind: 'conditions' }
  | { kind: 'condition'; id: number }
  | { kind: 'methods' }
  | { kind: 'method'; id: number }
  | { kind: 'checklist' }
  | { kind: 'contact' }

/** What every screen needs: the language, its strings, the content and a way to open a screen. */
export type KioskView = {
  lang: KioskLanguage
  t: TFunction
  content: KioskContent
  /** The clinic's IANA time zone: hours, dates and "open now" are in clinic time. */
  timeZone: string
  go: (screen: Screen) => void
  /** The contraindications ticked on the checklist: in memory only, cleared when the kiosk resets. */
  ticked: ReadonlySet<number>
  setTicked: (ticked: ReadonlySet<number>) => void
}

export const ViewContext = createContext<KioskView | null>(null)

export function useView(): KioskView {
  const view = useContext(ViewContext)
  if (!view) throw new Error('useView outside the kiosk')
  return view
}
