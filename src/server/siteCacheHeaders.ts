import type { RequestHandler } from 'express'

import { PUBLIC_CACHE_CONTROL } from './cacheHeaders'

const SITE_PATH = /^\/(en|th)(\/|$)/

/**
 * Website pages are rendered per request (Next marks them private, no-store). For an anonymous
 * visitor they show only published content, like the API's public reads, so browsers and CDNs may
 * keep them as briefly ("open now" is recomputed in the browser every minute). Staff previews
 * (`?preview`) and anything requested with a login cookie stay private and unstored.
 */
export function siteCacheHeaders(): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !SITE_PATH.test(req.path)) return next()
    const signedIn = /(?:^|;\s*)payload-token=/.test(String(req.headers.cookie ?? '')) || Boolean(req.headers.authorization)
    const preview = 'preview' in req.query
    // Client-side navigation and refreshes (React Server Component payloads) are not pages.
    const componentPayload = Boolean(req.headers.rsc) || '_rsc' in req.query
    const writeHead = res.writeHead.bind(res)
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      if (signedIn || preview || componentPayload) res.setHeader('Cache-Control', 'private, no-store')
      else if (res.statusCode === 200) {
        res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
        res.vary('Cookie')
      }
      return writeHead(...args)
    }) as typeof res.writeHead
    next()
  }
}
