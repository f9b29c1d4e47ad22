'use client'

import { useEffect, useState } from 'react'

import { translator } from '../../i18n'
import { formatTime, weekdayName, type ReaderLanguage } from '../format'
import { clinicClock, DEFAULT_TIME_ZONE, openingStatus, type HoursSource, type OpeningStatus } from '../openingHours'

/**
 * "Open now" computed in the clinic's time zone. The server renders it at request time; the
 * browser recomputes it on load and every minute, so a page left open (or served from a cache)
 * does not go stale.
 */
export function OpenNow({ hours, language, initial }: { hours: HoursSource; language: ReaderLanguage; initial: OpeningStatus }) {
  const [status, setStatus] = useState(initial)
  const [today, setToday] = useState(() => clinicClock(new Date(), hours.timeZone || DEFAULT_TIME_ZONE).date)
  useEffect(() => {
    const update = () => {
      const now = new Date()
      setStatus(openingStatus(hours, now))
      setToday(clinicClock(now, hours.timeZone || DEFAULT_TIME_ZONE).date)
    }
    update()
    const timer = setInterval(update, 60_000)
    return () => clearInterval(timer)
  }, [hours])
  const t = translator(language, 'site')
  const detail = status.open
    ? t('hours.closesAt', { time: formatTime(status.closesAt!, language) })
    : status.next
      ? status.next.date === today
        ? t('hours.opensToday', { time: formatTime(status.next.opens, language) })
        : t('hours.opensAt', { day: weekdayName(status.next.weekday, language), time: formatTime(status.next.opens, language) })
      : ''
  return (
    <p className={`open-now ${status.open ? 'is-open' : 'is-closed'}`} role="status" data-open={status.open}>
      <strong>{status.open ? t('hours.openNow') : t('hours.closedNow')}</strong>
      {detail && <span> · {detail}</span>}
    </p>
  )
}
