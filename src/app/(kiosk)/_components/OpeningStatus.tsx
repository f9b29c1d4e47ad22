'use client'

import { useNow } from '@/kiosk/useNow'
import { formatDate, formatTime, weekdayName } from '@/site/format'
import { openingStatus } from '@/site/openingHours'

import { useView } from './view'

const DAY_MS = 86_400_000

/** "Open now · Closes at 19:00" / "Closed now · Opens Monday at 10:00", in clinic time. */
export function OpeningStatus() {
  const { t, lang, content } = useView()
  const now = useNow()
  const clinic = content.clinic
  if (!clinic.openingHours?.length && !clinic.exceptions?.length) return null
  // Exception labels are { en, th } here; the status does not show them.
  const status = openingStatus({ ...clinic, exceptions: clinic.exceptions?.map((entry) => ({ ...entry, label: null })) }, now)
  let detail = ''
  if (status.open && status.closesAt) detail = t('hours.closesAt', { time: formatTime(status.closesAt, lang) })
  else if (status.next) {
    const time = formatTime(status.next.opens, lang)
    const daysAhead = Math.round((Date.parse(status.next.date) - Date.parse(status.today.date)) / DAY_MS)
    // A weekday name is only unambiguous within the coming week.
    const day = daysAhead < 7 ? weekdayName(status.next.weekday, lang) : formatDate(status.next.date, lang, 'UTC')
    detail = daysAhead === 0 ? t('hours.opensToday', { time }) : t('hours.opensAt', { day, time })
  }
  return (
    <p className={`k-status ${status.open ? 'k-open' : 'k-closed'}`}>
      <strong>{status.open ? t('hours.openNow') : t('hours.closedNow')}</strong>
      {detail && <span> · {detail}</span>}
    </p>
  )
}
