/** The content locales. English is the source language and the fallback for every field. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'th', label: 'ไทย' },
] as const

export type LocaleCode = (typeof LOCALES)[number]['code']

export const LOCALE_CODES: LocaleCode[] = LOCALES.map(({ code }) => code)

/** The locales as options of a select field (translator locales, review records). */
export const LOCALE_OPTIONS = LOCALES.map(({ code, label }) => ({ value: code, label }))

export const DEFAULT_LOCALE: LocaleCode = 'en'
