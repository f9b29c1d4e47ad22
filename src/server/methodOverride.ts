import type { RequestHandler } from 'express'

import { BodyTooLarge, readBoundedBody, refuseTooLarge } from './bodyLimit'

const OVERRIDE_HEADERS = ['x-payload-http-method-override', 'x-http-method-override']

/**
 * Payload's admin asks for long lists with `POST` + `X-Payload-HTTP-Method-Override: GET` and the
 * query string as a form body (relationship and upload pickers). Such a request is turned into the
 * GET it stands for here, before the query checks, so that its `page`, `limit`, `depth` and
 * `locale` are checked like those of any other read.
 */
export function methodOverrideToGet(limit: number): RequestHandler {
  return async (req, res, next) => {
    const type = (req.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase()
    const asksForGet = OVERRIDE_HEADERS.some((name) => req.headers[name] === 'GET')
    if (req.method !== 'POST' || !asksForGet || type !== 'application/x-www-form-urlencoded') {
      next()
      return
    }
    let body: Buffer
    try {
      body = await readBoundedBody(req, limit)
    } catch (error) {
      if (error instanceof BodyTooLarge) refuseTooLarge(req, res, error.limit)
      else next(error)
      return
    }
    const search = body.toString('utf8').replace(/^\?/, '')
    const withQuery = (url: string) => (search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url)
    req.method = 'GET'
    req.url = withQuery(req.url)
    req.originalUrl = withQuery(req.originalUrl)
    for (const name of ['content-type', 'content-length', 'transfer-encoding', ...OVERRIDE_HEADERS]) delete req.headers[name]
    next()
  }
}
