'use client'

import { useEffect, useRef, type ReactNode } from 'react'

/**
 * The screen's one <h1>. It takes the focus when the screen opens, so a screen reader or keyboard
 * user starts reading the new screen instead of staying on a button that no longer exists.
 */
export function ScreenTitle({ children, lang }: { children: ReactNode; lang?: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} lang={lang} className="k-title">
      {children}
    </h1>
  )
}
