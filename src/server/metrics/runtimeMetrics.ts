import { collectDefaultMetrics, Gauge, type Registry } from 'prom-client'

import { withTimeout } from '../health'
import { pendingJobs } from '../jobQueue'
import type { Runtime } from '../runtime'

const QUERY_TIMEOUT_MS = 2_000

/** Replaces a metric of an earlier runtime of the same process (tests start several). */
function fresh<T>(registry: Registry, name: string, create: () => T): T {
  registry.removeSingleMetric(name)
  return create()
}

/**
 * Node's own metrics (memory, CPU, event loop, GC), the database pool, and the jobs queue's lag,
 * read when Prometheus scrapes.
 */
export function registerRuntimeMetrics(registry: Registry, runtime: Runtime): void {
  if (!registry.getSingleMetric('process_cpu_user_seconds_total')) collectDefaultMetrics({ register: registry })

  const { pool } = runtime
  fresh(registry, 'db_pool_connections', () =>
    new Gauge({
      name: 'db_pool_connections',
      help: 'Connections of the database pool: total (open), idle, and waiting (requests queued for a connection).',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount)
        this.set({ state: 'idle' }, pool.idleCount)
        this.set({ state: 'waiting' }, pool.waitingCount)
      },
    }),
  )
  fresh(registry, 'db_pool_max_connections', () =>
    new Gauge({ name: 'db_pool_max_connections', help: 'Largest number of connections the pool opens (DATABASE_POOL_MAX).', registers: [registry] }).set(
      runtime.env.databasePoolMax,
    ),
  )
  // One query per scrape for both job gauges (a scrape collects every metric at once).
  let read: { at: number; jobs: Promise<{ count: number; oldestAgeSeconds: number }> } | undefined
  const readJobs = () => {
    if (!read || Date.now() - read.at > 1_000) {
      read = { at: Date.now(), jobs: withTimeout(pendingJobs(runtime.healthPool, 0), QUERY_TIMEOUT_MS, 'database').catch(() => ({ count: Number.NaN, oldestAgeSeconds: Number.NaN })) }
    }
    return read.jobs
  }
  fresh(registry, 'jobs_due', () =>
    new Gauge({
      name: 'jobs_due',
      help: 'Jobs (scheduled publish and unpublish) whose time has come and that have not run yet (NaN: the database did not answer).',
      registers: [registry],
      async collect() {
        this.set((await readJobs()).count)
      },
    }),
  )
  fresh(registry, 'jobs_queue_lag_seconds', () =>
    new Gauge({
      name: 'jobs_queue_lag_seconds',
      help: 'How long the oldest due job has been waiting to run (0: none waiting; NaN: the database did not answer).',
      registers: [registry],
      async collect() {
        this.set((await readJobs()).oldestAgeSeconds)
      },
    }),
  )
}
