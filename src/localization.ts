/** The content locales. English is the source language and the fallback for every field. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'th', label: 'ไทย' },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']

export const DEFAULT_LOCALE: LocaleCode = 'en'
