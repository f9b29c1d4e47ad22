import type { TFunction } from 'i18next'

import { translator } from '../i18n'

/**
 * Dates and times for readers: Thai with the Buddhist era year Thai readers expect (th-TH), and
 * British English (en-GB: day before month). Always in the clinic's time zone.
 */
export type ReaderLanguage = 'en' | 'th'

const INTL_LOCALE: Record<ReaderLanguage, string> = { en: 'en-GB', th: 'th-TH' }

/** "21 November 2026" / "21 พฤศจิกายน 2569". */
export function formatDate(value: string | Date, language: ReaderLanguage, timeZone = 'Asia/Bangkok'): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone }).format(new Date(value))
}

/** A clinic-time "HH:MM" as readers write it: "09:00" / "09:00 น.". */
export function formatTime(time: string, language: ReaderLanguage): string {
  return language === 'th' ? `${time} น.` : time
}

/** A weekday code (mon…sun) as a name: "Monday" / "วันจันทร์" (from the site's i18next resources). */
export function weekdayName(day: string, language: ReaderLanguage): string {
  return translator(language, 'site')(`days.${day}`)
}

/** A day's intervals as "09:00–12:00, 13:00–17:30" through the interface's `hours.interval` string. */
export function formatIntervals(intervals: Array<{ opens: string; closes: string }> | null | undefined, language: ReaderLanguage, t: TFunction): string {
  return (intervals ?? []).map(({ opens, closes }) => t('hours.interval', { opens: formatTime(opens, language), closes: formatTime(closes, language) })).join(', ')
}
