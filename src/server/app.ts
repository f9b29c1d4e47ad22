import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'

import { translator } from '../i18n'
import { TRANSLATION_IMPORT_MAX_BYTES, TRANSLATION_IMPORT_PATH } from '../translation/endpoints'
import { MULTIPART_OVERHEAD_BYTES, type BodyLimits } from './bodyLimit'
import { apiCacheHeaders } from './cacheHeaders'
import { healthRoutes } from './health'
import { methodOverrideToGet } from './methodOverride'
import { localeNegotiation } from './negotiateLocale'
import { payloadApi } from './payloadApi'
import { languageOf } from './refuse'
import { requestLog } from './requestLog'
import { siteCacheHeaders } from './siteCacheHeaders'
import { siteRootRedirect } from './siteRoot'
import { validateQueryParams } from './validateQueryParams'
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
  const defaultLocale = runtime.config.localization ? runtime.config.localization.defaultLocale : 'en'
  const api = runtime.config.routes.api
  const bodyLimits: BodyLimits = {
    json: runtime.env.maxJsonBodyBytes,
    multipart: runtime.env.mediaMaxFileSizeBytes + MULTIPART_OVERHEAD_BYTES,
    ownFormat: { [`${api}${TRANSLATION_IMPORT_PATH}`]: TRANSLATION_IMPORT_MAX_BYTES },
  }
  app.use(
    api,
    apiCacheHeaders(),
    methodOverrideToGet(bodyLimits.json),
    validateLocaleParams(locales),
    validateQueryParams(runtime.config.maxDepth),
    localeNegotiation(locales, defaultLocale),
    payloadApi(runtime.config, bodyLimits),
  )
  if (nextHandler) {
    app.use(siteRootRedirect(locales, defaultLocale))
    app.use(siteCacheHeaders())
    app.use(nextHandler)
  } else {
    app.use((req, res) => {
      const language = languageOf(req)
      res.status(404).set('Content-Language', language).json({ errors: [{ message: translator(language, 'errors')('notFound') }] })
    })
  }
  app.use(errorHandler(runtime))
  return app
}

function errorHandler(runtime: Runtime): ErrorRequestHandler {
  return (error: Error & { status?: number; statusCode?: number }, req, res, _next) => {
    const status = error.status ?? error.statusCode ?? 500
    const requestId = res.locals.requestId as string | undefined
    if (status >= 500) runtime.log.error('unhandled error', { requestId, error: error.message, stack: error.stack })
    if (res.headersSent) {
      res.destroy()
      return
    }
    const language = languageOf(req)
    res.status(status).set('Content-Language', language).json({
      errors: [{ message: status >= 500 ? translator(language, 'errors')('serverError') : error.message }],
      requestId,
    })
  }
}
