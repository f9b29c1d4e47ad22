import type { Pool } from 'pg'

/**
 * Jobs that are due (their time has come) and have neither finished nor failed: the same
 * definition for /readyz (overdue jobs) and the metrics (queue lag). Times are the database's.
 */
export async function pendingJobs(pool: Pool, dueForAtLeastSeconds: number): Promise<{ count: number; oldestDueAt: Date | null; oldestAgeSeconds: number }> {
  const result = await pool.query<{ count: number; oldest: Date | null; age: number | null }>(
    `SELECT count(*)::int AS count, min(coalesce(wait_until, created_at)) AS oldest,
            extract(epoch FROM now() - min(coalesce(wait_until, created_at)))::float8 AS age
       FROM payload_jobs
      WHERE completed_at IS NULL AND has_error IS NOT TRUE
        AND coalesce(wait_until, created_at) < now() - make_interval(secs => $1)`,
    [dueForAtLeastSeconds],
  )
  const { count, oldest, age } = result.rows[0]!
  return { count, oldestDueAt: oldest, oldestAgeSeconds: age ?? 0 }
}
