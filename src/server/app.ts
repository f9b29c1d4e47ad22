import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'

import { stampClientAddress } from '../auth/clientAddress'
import { translator } from '../i18n'
import { databaseTrouble } from '../limits/databaseTrouble'
import { TRANSLATION_IMPORT_MAX_BYTES, TRANSLATION_IMPORT_PATH } from '../translation/endpoints'
import { MULTIPART_OVERHEAD_BYTES, type BodyLimits } from './bodyLimit'
import { apiCacheHeaders } from './cacheHeaders'
import { healthRoutes } from './health'
import { describeError } from './logging/describeError'
import { errorLogLevel, statusOfError } from './logging/levels'
import { clientHasGone } from './logging/requestContext'
import { methodOverrideToGet } from './methodOverride'
import { metricsEndpoint } from './metrics/endpoint'
import { localeNegotiation } from './negotiateLocale'
import { payloadApi } from './payloadApi'
import { languageOf } from './refuse'
import { requestBudget } from './requestBudget'
import { requestLog } from './requestLog'
import { securityHeaders } from './securityHeaders'
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
  // Which X-Forwarded-For hops to believe when working out the client's address (TRUST_PROXY).
  app.set('trust proxy', runtime.env.trustProxy)
  app.use(requestLog(runtime.log))
  app.use(securityHeaders(runtime))
  if (runtime.env.metricsToken) app.use(metricsEndpoint(runtime, runtime.env.metricsToken))
  app.use(healthRoutes(runtime, isShuttingDown))
  const locales = (runtime.config.localization ? runtime.config.localization.localeCodes : []) as string[]
  const defaultLocale = runtime.config.localization ? runtime.config.localization.defaultLocale : 'en'
  const api = runtime.config.routes.api
  const bodyLimits: BodyLimits = {
    json: runtime.env.maxJsonBodyBytes,
    multipart: runtime.env.mediaMaxFileSizeBytes + MULTIPART_OVERHEAD_BYTES,
    ownFormat: { [`${api}${TRANSLATION_IMPORT_PATH}`]: TRANSLATION_IMPORT_MAX_BYTES },
  }
  // Sign-in throttling in Payload's hooks counts attempts per client address.
  app.use(api, stampClientAddress())
  app.use(
    api,
    requestBudget(runtime.env.readTimeBudgetMs, `${api}${runtime.config.routes.graphQL}`),
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

/**
 * Errors that reached express (Payload answers its own). Logged by what they mean (see
 * logging/levels.ts): a client that hung up at debug, a client's mistake at info, the rest at
 * error with the stack and the request id that the caller also gets back.
 */
function errorHandler(runtime: Runtime): ErrorRequestHandler {
  return (error: Error & { status?: number; statusCode?: number }, req, res, _next) => {
    // A database that is down or restarting is nobody's mistake: 503 with a message, logged as a warning.
    const unavailable = databaseTrouble(error) !== undefined
    const status = unavailable ? 503 : (statusOfError(error) ?? 500)
    const requestId = res.locals.requestId as string | undefined
    const clientGone = clientHasGone({ req, res })
    const level = unavailable ? 'warn' : errorLogLevel(error, clientGone)
    if (level === 'debug') runtime.log.debug('client disconnected', { requestId, error: error.message })
    else if (level === 'info') runtime.log.info(error.message, { requestId, status })
    else if (level === 'warn') runtime.log.warn('database unavailable', { requestId, error: error.message })
    else runtime.log.error('unhandled error', { requestId, status, err: describeError(error) })
    if (res.headersSent || clientGone) {
      res.destroy()
      return
    }
    const language = languageOf(req)
    res.status(status).set('Content-Language', language).json({
      errors: [{ message: unavailable ? translator(language, 'errors')('databaseUnavailable') : status >= 500 ? translator(language, 'errors')('serverError') : error.message }],
      requestId,
    })
  }
}
