import type { Pool } from 'pg'

import type { Bucket } from './signInLimits'

/**
 * The attempt counters in PostgreSQL (schema `sign_in_protection`, created by the migration
 * 20261122_*_sign_in_protection), so every process serving the CMS shares them. A bucket's level
 * drains by one every `drain_seconds`; the arithmetic runs in the database, inside one statement,
 * so concurrent attempts from several processes cannot both take the last place.
 */
type Queryable = Pick<Pool, 'query'>

/** One in this many attempts also deletes buckets that have drained empty. */
const SWEEP_EVERY = 50

/**
 * Takes one attempt from every bucket, or from none: answers 0 when the attempt may go ahead,
 * otherwise the seconds until it may (the longest wait among the full buckets).
 */
export async function takeAttempt(db: Queryable, buckets: Bucket[]): Promise<number> {
  if (buckets.length === 0) return 0
  const { rows } = await db.query<{ wait: number }>('SELECT sign_in_protection.take($1::text[], $2::float8[], $3::float8[]) AS wait', [
    buckets.map((bucket) => bucket.key),
    buckets.map((bucket) => bucket.capacity),
    buckets.map((bucket) => bucket.drainSeconds),
  ])
  if (Math.random() * SWEEP_EVERY < 1) await sweepEmptyBuckets(db)
  return Math.ceil(Number(rows[0]!.wait))
}

/** Gives `amount` attempts back to these buckets (Infinity empties them). */
export async function giveBack(db: Queryable, keys: string[], amount: number): Promise<void> {
  if (keys.length === 0) return
  await db.query(
    `UPDATE sign_in_protection.buckets
        SET level = GREATEST(0, level - EXTRACT(EPOCH FROM clock_timestamp() - updated_at) / drain_seconds - $2::float8),
            updated_at = clock_timestamp()
      WHERE key = ANY($1::text[])`,
    [keys, Number.isFinite(amount) ? amount : 1e12],
  )
}

/** Marks a key as present for `seconds` (e.g. an address an account signed in from). */
export async function remember(db: Queryable, key: string, seconds: number): Promise<void> {
  await db.query(
    `INSERT INTO sign_in_protection.buckets (key, level, drain_seconds, updated_at) VALUES ($1, 1, $2, clock_timestamp())
     ON CONFLICT (key) DO UPDATE SET level = 1, drain_seconds = EXCLUDED.drain_seconds, updated_at = EXCLUDED.updated_at`,
    [key, seconds],
  )
}

export async function isRemembered(db: Queryable, key: string): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM sign_in_protection.buckets
        WHERE key = $1 AND level - EXTRACT(EPOCH FROM clock_timestamp() - updated_at) / drain_seconds > 0
     ) AS present`,
    [key],
  )
  return rows[0]!.present
}

/** Deletes buckets that have drained empty: the table holds only recent activity. */
export async function sweepEmptyBuckets(db: Queryable): Promise<void> {
  await db.query(
    `DELETE FROM sign_in_protection.buckets
      WHERE level - EXTRACT(EPOCH FROM clock_timestamp() - updated_at) / drain_seconds <= 0`,
  )
}
