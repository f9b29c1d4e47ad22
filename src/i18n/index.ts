import i18next, { type TFunction } from 'i18next'

import { resources, type UiLanguage } from './resources'

export type { UiLanguage }

export const UI_LANGUAGES = Object.keys(resources) as UiLanguage[]

const instance = i18next.createInstance()
// Resources are bundled, so initialisation is synchronous and finished once this module has loaded.
void instance.init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  ns: ['notifications', 'errors', 'site', 'kiosk'],
  defaultNS: 'notifications',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/** A translate function fixed to one language (strings missing in Thai fall back to English). */
export function translator(language: UiLanguage, namespace = 'notifications'): TFunction {
  return instance.getFixedT(language, namespace)
}

/** The language of a Payload request's messages: the one Payload chose for it (Accept-Language, the admin's choice). */
export function requestLanguage(req: { i18n?: { language?: string } }): UiLanguage {
  const language = req.i18n?.language
  return UI_LANGUAGES.includes(language as UiLanguage) ? (language as UiLanguage) : 'en'
}
