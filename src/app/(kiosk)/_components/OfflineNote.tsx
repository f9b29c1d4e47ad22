'use client'

import type { TFunction } from 'i18next'

import type { KioskLanguage } from '@/kiosk/types'
import { formatDate, formatTime } from '@/site/format'
import { clinicClock } from '@/site/openingHours'

/** "Offline — showing content saved at …": shown while the API does not answer. */
export function OfflineNote({ savedAt, lang, t, timeZone }: { savedAt: string; lang: KioskLanguage; t: TFunction; timeZone: string }) {
  const at = new Date(savedAt)
  const time = `${formatDate(at, lang, timeZone)} ${formatTime(clinicClock(at, timeZone).time, lang)}`
  return (
    <p className="k-offline">
      <strong>{t('offline', { time })}</strong> {t('offlineRetry')}
    </p>
  )
}
