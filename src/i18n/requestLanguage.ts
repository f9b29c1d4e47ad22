import type { PayloadRequest } from 'payload'

import { UI_LANGUAGES, type UiLanguage } from './index'

/**
 * The language of our messages inside Payload's operations: an explicit `?locale=` we have
 * messages for, else Payload's request language (the admin's `payload-lng` cookie, then
 * Accept-Language), else English.
 */
export function requestLanguage(req: PayloadRequest): UiLanguage {
  const candidates = [req.searchParams?.get('locale'), req.i18n?.language]
  return (candidates.find((language) => UI_LANGUAGES.includes(language as UiLanguage)) ?? 'en') as UiLanguage
}
