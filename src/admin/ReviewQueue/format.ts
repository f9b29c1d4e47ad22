import { getTranslation } from '@payloadcms/translations'
import type { Payload } from 'payload'

import { LOCALES } from '@/localization'
import type { ReviewQueueLabels, UiLanguage } from './labels'

type I18n = Parameters<typeof getTranslation>[1]

const DAY_MS = 24 * 60 * 60 * 1000

/** "today", "1 day", "3 days" (or the Thai). */
export const formatAge = (days: number, t: ReviewQueueLabels): string => (days < 1 ? t.today : t.days(days))

/** Whole days between an earlier time and the queue's own time. */
export const daysBetween = (earlier: string, later: string): number =>
  Math.max(0, Math.floor((new Date(later).getTime() - new Date(earlier).getTime()) / DAY_MS))

/** A date in the admin language (Thai dates in the Buddhist calendar, as Thai readers expect). */
export const formatDate = (iso: string, language: UiLanguage): string =>
  new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium' }).format(new Date(iso))

export const formatDateTime = (iso: string, language: UiLanguage): string =>
  new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/** The locale's own name: English, ไทย. */
export const localeName = (code: string): string => LOCALES.find((locale) => locale.code === code)?.label ?? code

/** A collection's singular label in the admin language ("Article", "บทความ"). */
export function collectionLabel(payload: Payload, slug: string, i18n: I18n): string {
  const label = payload.collections[slug as keyof typeof payload.collections]?.config.labels?.singular
  // Our collections label with plain strings or { en, th } objects, never with functions or JSX.
  return label ? getTranslation(label as string | Record<string, string>, i18n) : slug
}
