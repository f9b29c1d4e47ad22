import type { RequestHandler } from 'express'

import { translator, UI_LANGUAGES } from '../i18n'
import { messageLanguage } from './negotiateLocale'

/**
 * Payload answers an unknown `?locale=` with the default language, which hides typos in front-end
 * code (`?locale=tha` silently serving English). Refuse them with a 400 that lists the choices, in
 * the caller's language (Accept-Language).
 */
export function validateLocaleParams(locales: string[]): RequestHandler {
  const localeChoices = new Set([...locales, 'all'])
  const fallbackChoices = new Set([...locales, 'none', 'null', 'false'])
  const checks: Array<[string, Set<string>]> = [
    ['locale', localeChoices],
    ['fallback-locale', fallbackChoices],
    ['fallbackLocale', fallbackChoices],
  ]
  return (req, res, next) => {
    const query = new URL(req.originalUrl, 'http://localhost').searchParams
    for (const [name, choices] of checks) {
      for (const value of query.getAll(name)) {
        if (!choices.has(value)) {
          const language = messageLanguage(query, req.headers['accept-language'], UI_LANGUAGES, 'en') as (typeof UI_LANGUAGES)[number]
          const t = translator(language, 'errors')
          res
            .status(400)
            .set('Content-Language', language)
            .json({ errors: [{ message: t('unknownParameter', { name, value, choices: [...choices].join(', ') }) }] })
          return
        }
      }
    }
    next()
  }
}
