import type { RequestHandler } from 'express'

import { refuse } from './refuse'

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
      // `locale[]=en` or `locale[$ne]=x` would reach Payload as an array or object.
      const nested = [...query.keys()].some((key) => key.startsWith(`${name}[`))
      for (const value of nested ? ['[…]'] : query.getAll(name)) {
        if (!choices.has(value)) {
          refuse(req, res, 400, 'unknownParameter', { name, value, choices: [...choices].join(', ') })
          return
        }
      }
    }
    next()
  }
}
