import { createHash, timingSafeEqual } from 'node:crypto'
import express, { type Request, type Router } from 'express'

import type { Runtime } from '../runtime'
import { recordRequests } from './httpMetrics'
import { metrics } from './registry'
import { registerRuntimeMetrics } from './runtimeMetrics'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Compares digests, so the time taken says nothing about how much of the token was right. */
function carriesToken(req: Request, token: string): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')
  return Boolean(match) && timingSafeEqual(digest(match![1]!), digest(token))
}

/**
 * Prometheus metrics, only when METRICS_TOKEN is set: every request is counted and timed, and
 * GET /metrics answers the scrape of a caller that sends `Authorization: Bearer <METRICS_TOKEN>`
 * (401 otherwise). Without the setting nothing here exists and /metrics is a 404 like any unknown path.
 */
export function metricsEndpoint(runtime: Runtime, token: string): Router {
  registerRuntimeMetrics(metrics, runtime)
  const router = express.Router()
  router.use(recordRequests(metrics, runtime.config.routes))
  router.get('/metrics', async (req, res) => {
    res.set('Cache-Control', 'no-store')
    if (!carriesToken(req, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').json({ errors: [{ message: 'Send the metrics token: Authorization: Bearer <METRICS_TOKEN>.' }] })
      return
    }
    res.type(metrics.contentType).send(await metrics.metrics())
  })
  return router
}
