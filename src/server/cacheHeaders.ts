import type { RequestHandler } from 'express'

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

const hasCredentials = (headers: Record<string, string | string[] | undefined>) =>
  Boolean(headers.authorization) || /(?:^|;\s*)payload-token=/.test(String(headers.cookie ?? ''))

/** What front ends read anonymously: the published content, its images, the clinic profile. */
export const PUBLIC_CONTENT_PATHS = ['/articles', '/conditions', '/treatment-methods', '/contraindications', '/media', '/globals/clinic-profile']

const isPublicContent = (path: string) => PUBLIC_CONTENT_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))

/**
 * Caching rules for API responses that do not set their own: anonymous successful reads of public
 * content may be cached briefly by browsers and CDNs (a minute, then served stale while
 * refreshing); anything read with credentials (drafts, staff data) is private and never stored,
 * and so is everything else, anonymous or not. `/users/me` answers "nobody" before a login: a
 * browser that kept that answer would still say "nobody" after signing in.
 */
export function apiCacheHeaders(): RequestHandler {
  return (req, res, next) => {
    const publicContent = isPublicContent(req.path)
    // CORS answers echo the caller's origin: a shared cache must keep origins apart too.
    res.vary('Origin')
    const credentials = hasCredentials(req.headers)
    const reading = req.method === 'GET' || req.method === 'HEAD'
    const writeHead = res.writeHead.bind(res)
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      if (!res.hasHeader('Cache-Control')) {
        const status = res.statusCode
        if (credentials) res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
        else if (publicContent && reading && status >= 200 && status < 300) {
          res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
          // The same URL read after signing in must not come from the anonymous copy.
          res.vary('Cookie')
          res.vary('Authorization')
        } else res.setHeader('Cache-Control', 'no-store')
      }
      return writeHead(...args)
    }) as typeof res.writeHead
    next()
  }
}
