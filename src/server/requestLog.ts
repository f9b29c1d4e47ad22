import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'

import { requestLogLevel } from './logging/levels'
import { runWithRequestContext } from './logging/requestContext'
import type { Logger } from './logger'

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

/**
 * One JSON line per request (method, path, status, duration, request id), at the level its status
 * calls for (2xx/3xx info, 4xx warn, 5xx error: see logging/levels.ts). A caller's X-Request-Id
 * is kept so a front end can correlate its logs with ours; it is echoed in the response header,
 * and every line logged while serving the request carries it (Payload's own included).
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    const incoming = req.get('x-request-id')
    const requestId = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID()
    res.locals.requestId = requestId
    // Our own middleware that refuses a request says why through it (see refuse.ts).
    res.locals.log = log
    res.setHeader('X-Request-Id', requestId)
    res.once('close', () => {
      log[requestLogLevel(res.statusCode)]('request', {
        requestId,
        method: req.method,
        // Without the query string: it can carry tokens and personal search terms.
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        durationMs: Number((Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)),
        ...(res.writableFinished ? {} : { aborted: true }),
      })
    })
    runWithRequestContext({ requestId, req, res }, next)
  }
}
