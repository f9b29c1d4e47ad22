import type { RequestHandler } from 'express'

/**
 * Payload answers an unknown `?locale=` with the default language, which hides typos in front-end
 * code (`?locale=tha` silently serving English). Refuse them with a 400 that lists the choices.
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
          res.status(400).json({
            errors: [{ message: `Unknown ${name} "${value}". Use one of: ${[...choices].join(', ')}.` }],
          })
          return
        }
      }
    }
    next()
  }
}
