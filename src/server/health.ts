import type { Router } from 'express'
import express from 'express'

import { pendingJobs } from './jobQueue'
import { getMigrationStatus } from './migrations'
import type { Runtime } from './runtime'

const DATABASE_CHECK_TIMEOUT_MS = 2_000

type Check = { ok: boolean; [detail: string]: unknown }

/** A job is overdue when it should have run this long ago and has neither finished nor failed. */
export const JOB_OVERDUE_AFTER_SECONDS = 300

async function overdueJobs(runtime: Runtime): Promise<Check> {
  const { count: overdue, oldestDueAt } = await withTimeout(pendingJobs(runtime.healthPool, JOB_OVERDUE_AFTER_SECONDS), DATABASE_CHECK_TIMEOUT_MS, 'database')
  return {
    ok: overdue === 0,
    running: runtime.env.runJobs,
    overdue,
    ...(oldestDueAt ? { oldestDueAt: oldestDueAt.toISOString() } : {}),
  }
}

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/**
 * /healthz: the process is alive (for restarts). /readyz: it can serve (for load balancers):
 * the database answers and every migration has been applied; 503 otherwise, and while draining.
 */
export function healthRoutes(runtime: Runtime, isShuttingDown: () => boolean): Router {
  const router = express.Router()
  const noStore = { 'Cache-Control': 'no-store' }

  router.get('/healthz', (_req, res) => {
    res.set(noStore).json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) })
  })

  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, Check> = {}
    try {
      await withTimeout(runtime.healthPool.query('SELECT 1'), DATABASE_CHECK_TIMEOUT_MS, 'database')
      checks.database = { ok: true }
    } catch (error) {
      checks.database = { ok: false, error: (error as Error).message || 'unreachable' }
    }
    if (runtime.env.databasePush) {
      checks.migrations = { ok: checks.database.ok, mode: 'push' }
    } else if (checks.database.ok) {
      try {
        const status = await withTimeout(getMigrationStatus(runtime.healthPool), DATABASE_CHECK_TIMEOUT_MS, 'database')
        checks.migrations = { ok: status.pending.length === 0, applied: status.applied.length, pending: status.pending }
      } catch (error) {
        checks.migrations = { ok: false, error: (error as Error).message }
      }
    } else {
      checks.migrations = { ok: false, error: 'database unreachable' }
    }
    if (isShuttingDown()) checks.server = { ok: false, error: 'shutting down' }
    const ready = Object.values(checks).every((check) => check.ok)
    // Overdue jobs (a scheduled publish that did not fire) are reported, not fatal: taking the
    // server out of rotation would not run them.
    const jobs = checks.database.ok ? await overdueJobs(runtime).catch((error: Error) => ({ ok: false, error: error.message })) : undefined
    res
      .status(ready ? 200 : 503)
      .set(noStore)
      .json({
        status: ready ? (jobs && !jobs.ok ? 'degraded' : 'ready') : 'unavailable',
        checks: jobs ? { ...checks, jobs } : checks,
      })
  })

  return router
}
