import type { Validate } from 'payload'

import { DEFAULT_LOCALE } from '@/localization'

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)

/**
 * Required in English, optional in Thai: a missing Thai value falls back to English, so a
 * translation can be published field by field. The message names the field and the locale.
 */
export function requiredInEnglish(label: string): Validate {
  return (value, { req }) => {
    const locale = req.locale ?? DEFAULT_LOCALE
    if (locale !== DEFAULT_LOCALE && locale !== 'all') return true
    return isEmpty(value) ? `${label} (English) is required: English is the language every translation falls back to.` : true
  }
}
