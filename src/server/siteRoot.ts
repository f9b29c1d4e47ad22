import type { RequestHandler } from 'express'

import { negotiateLocale } from './negotiateLocale'

/**
 * `/` has no page of its own: it sends the reader to `/th` or `/en` by their browser's
 * Accept-Language (English when nothing matches). The query string is kept.
 */
export function siteRootRedirect(languages: readonly string[], fallback: string): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path !== '/') return next()
    const language = negotiateLocale(req.headers['accept-language'], languages, fallback)
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : ''
    res.set({ Vary: 'Accept-Language', 'Cache-Control': 'private, no-cache' })
    res.redirect(302, `/${language}${query}`)
  }
}
