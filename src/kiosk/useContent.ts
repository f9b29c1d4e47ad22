'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { loadContent } from './api'
import { readSaved, save } from './storage'
import type { SavedContent } from './types'

/** While the API answers: look for newly published content this often. */
export const REFRESH_MS = 5 * 60_000
/** While it does not: try again this often (and at once on the browser's `online` event). */
export const RETRY_MS = 20_000
/** A touch on the offline kiosk tries again, at most this often. */
const NUDGE_MS = 5_000

export type ContentState = {
  /** loading: no answer yet; online: the API answered last time; offline: it did not. */
  status: 'loading' | 'online' | 'offline'
  saved?: SavedContent
}

/**
 * The kiosk's content: the saved copy at once, then the API's; saved again after every successful
 * load. When the API is unreachable the saved copy stays on screen and loading is retried.
 */
export function useContent(): ContentState & { nudge: () => void } {
  const [state, setState] = useState<ContentState>({ status: 'loading' })
  const inFlight = useRef(false)
  const lastAttempt = useRef(0)

  const refresh = useCallback(async () => {
    if (inFlight.current) return
    inFlight.current = true
    lastAttempt.current = Date.now()
    try {
      const saved = save(await loadContent())
      setState({ status: 'online', saved })
    } catch (error) {
      console.warn('kiosk: the API did not answer; showing the saved content', error)
      setState((previous) => ({ status: 'offline', saved: previous.saved ?? readSaved() }))
    } finally {
      inFlight.current = false
    }
  }, [])

  useEffect(() => {
    const saved = readSaved()
    if (saved) setState({ status: 'loading', saved })
    void refresh()
    const onOnline = () => void refresh()
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh()
    }
    window.addEventListener('online', onOnline)
    document.addEventListener('visibilitychange', onVisible)
    return () => {
      window.removeEventListener('online', onOnline)
      document.removeEventListener('visibilitychange', onVisible)
    }
  }, [refresh])

  useEffect(() => {
    if (state.status === 'loading') return
    const timer = window.setInterval(() => void refresh(), state.status === 'offline' ? RETRY_MS : REFRESH_MS)
    return () => window.clearInterval(timer)
  }, [state.status, refresh])

  const nudge = useCallback(() => {
    if (state.status === 'offline' && Date.now() - lastAttempt.current > NUDGE_MS) void refresh()
  }, [state.status, refresh])

  return { ...state, nudge }
}
