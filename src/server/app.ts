import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'

import { healthRoutes } from './health'
import { payloadApi } from './payloadApi'
import { requestLog } from './requestLog'
import { validateLocaleParams } from './validateLocale'
import type { Runtime } from './runtime'

export type AppOptions = {
  runtime: Runtime
  /** Next's request handler (admin UI); absent when the process serves the API only. */
  nextHandler?: RequestHandler
  isShuttingDown?: () => boolean
}

/**
 * The HTTP surface: our own routes first, then Payload's API, then Next for everything else.
 * No global body parser: Payload reads request bodies itself (a parsed stream breaks its POSTs).
 */
export function createApp({ runtime, nextHandler, isShuttingDown = () => false }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(requestLog(runtime.log))
  app.use(healthRoutes(runtime, isShuttingDown))
  const locales = (runtime.config.localization ? runtime.config.localization.localeCodes : []) as string[]
  app.use(runtime.config.routes.api, validateLocaleParams(locales), payloadApi(runtime.config))
  if (nextHandler) {
    app.use(nextHandler)
  } else {
    app.use((_req, res) => {
      res.status(404).json({ errors: [{ message: 'Not found. This server answers /api, /healthz and /readyz.' }] })
    })
  }
  app.use(errorHandler(runtime))
  return app
}

function errorHandler(runtime: Runtime): ErrorRequestHandler {
  return (error: Error & { status?: number; statusCode?: number }, _req, res, _next) => {
    const status = error.status ?? error.statusCode ?? 500
    const requestId = res.locals.requestId as string | undefined
    if (status >= 500) runtime.log.error('unhandled error', { requestId, error: error.message, stack: error.stack })
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.status(status).json({
      errors: [{ message: status >= 500 ? 'Something went wrong.' : error.message }],
      requestId,
    })
  }
}
