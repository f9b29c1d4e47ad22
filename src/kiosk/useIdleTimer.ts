'use client'

import { useEffect, useRef } from 'react'

/** What counts as someone using the kiosk. Capture phase: inner handlers cannot hide it. */
const ACTIVITY = ['pointerdown', 'touchstart', 'keydown', 'wheel', 'scroll'] as const

/**
 * Calls `onIdle` once the kiosk has gone `seconds` without a touch, click, key or scroll, and
 * `onActivity` on each of those. The timer restarts on every activity.
 */
export function useIdleTimer(seconds: number, onIdle: () => void, onActivity?: () => void): void {
  const handlers = useRef({ onIdle, onActivity })
  useEffect(() => {
    handlers.current = { onIdle, onActivity }
  })
  useEffect(() => {
    let timer: number | undefined
    const restart = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(() => handlers.current.onIdle(), seconds * 1000)
    }
    const onEvent = () => {
      restart()
      handlers.current.onActivity?.()
    }
    for (const type of ACTIVITY) document.addEventListener(type, onEvent, { capture: true, passive: true })
    restart()
    return () => {
      window.clearTimeout(timer)
      for (const type of ACTIVITY) document.removeEventListener(type, onEvent, { capture: true })
    }
  }, [seconds])
}
