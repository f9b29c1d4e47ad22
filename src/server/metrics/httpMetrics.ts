import type { RequestHandler } from 'express'
import { Counter, Histogram, type Registry } from 'prom-client'

import { routeLabel, type Routes } from './routeLabel'

const LABELS = ['method', 'route', 'status'] as const

/** Counts and times every request by method, route (ids taken out: see routeLabel) and status. */
export function recordRequests(registry: Registry, routes: Routes): RequestHandler {
  const requests =
    (registry.getSingleMetric('http_requests_total') as Counter<(typeof LABELS)[number]> | undefined) ??
    new Counter({ name: 'http_requests_total', help: 'HTTP requests answered, by method, route and status.', labelNames: LABELS, registers: [registry] })
  const durations =
    (registry.getSingleMetric('http_request_duration_seconds') as Histogram<(typeof LABELS)[number]> | undefined) ??
    new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from the request to the end of the response, by method, route and status.',
      labelNames: LABELS,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    })
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    res.once('close', () => {
      const labels = { method: req.method, route: routeLabel(req.originalUrl.split('?')[0]!, routes), status: String(res.statusCode) }
      requests.inc(labels)
      durations.observe(labels, Number(process.hrtime.bigint() - started) / 1e9)
    })
    next()
  }
}
