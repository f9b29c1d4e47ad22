import type { RequestHandler } from 'express'

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

const hasCredentials = (headers: Record<string, string | string[] | undefined>) =>
  Boolean(headers.authorization) || /(?:^|;\s*)payload-token=/.test(String(headers.cookie ?? ''))

/**
 * Caching rules for API responses that do not set their own: anonymous successful reads are
 * public content and may be cached briefly by browsers and CDNs (a minute, then served stale while
 * refreshing); anything read with credentials (drafts, staff data) is private and never stored.
 */
export function apiCacheHeaders(): RequestHandler {
  return (req, res, next) => {
    // CORS answers echo the caller's origin: a shared cache must keep origins apart too.
    res.vary('Origin')
    const credentials = hasCredentials(req.headers)
    const reading = req.method === 'GET' || req.method === 'HEAD'
    const writeHead = res.writeHead.bind(res)
    res.writeHead = ((...args: Parameters<typeof res.writeHead>) => {
      if (!res.hasHeader('Cache-Control')) {
        const status = res.statusCode
        if (credentials) res.setHeader('Cache-Control', PRIVATE_CACHE_CONTROL)
        else if (reading && status >= 200 && status < 300) res.setHeader('Cache-Control', PUBLIC_CACHE_CONTROL)
        else res.setHeader('Cache-Control', 'no-store')
      }
      return writeHead(...args)
    }) as typeof res.writeHead
    next()
  }
}
