'use client'

import { useEffect, useState } from 'react'

/** The current time, updated every `everyMs` (open/closed status and "today" change while shown). */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), everyMs)
    return () => window.clearInterval(timer)
  }, [everyMs])
  return now
}
