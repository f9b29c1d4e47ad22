import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Attempt counters for sign-in protection (src/auth/attemptBuckets.ts), shared by every process.
 * Hand-written SQL in a schema of its own: Payload's schema push (DATABASE_PUSH=true) only looks
 * at "public", so it neither drops this nor needs to know it, and `migrate:check` stays clean.
 * Idempotent, because a pushed development database gets it by running this `up` at start.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE SCHEMA IF NOT EXISTS "sign_in_protection";
  CREATE TABLE IF NOT EXISTS "sign_in_protection"."buckets" (
    "key" text PRIMARY KEY,
    "level" double precision NOT NULL DEFAULT 0,
    "drain_seconds" double precision NOT NULL CHECK ("drain_seconds" > 0),
    "updated_at" timestamp with time zone NOT NULL DEFAULT now()
  );
  -- Takes one attempt from every bucket, or from none: returns 0 when the attempt may go ahead,
  -- otherwise the seconds until it may. A bucket's level drains by one every drain_seconds.
  CREATE OR REPLACE FUNCTION "sign_in_protection"."take"(p_keys text[], p_capacities double precision[], p_drains double precision[])
  RETURNS double precision LANGUAGE plpgsql AS $take$
  DECLARE
    v_now timestamp with time zone;
    v_wait double precision := 0;
  BEGIN
    INSERT INTO sign_in_protection.buckets (key, level, drain_seconds, updated_at)
      SELECT t.key, 0, t.drain, clock_timestamp() FROM unnest(p_keys, p_drains) AS t(key, drain) ORDER BY t.key
      ON CONFLICT (key) DO NOTHING;
    -- Every bucket of this attempt, locked in key order: concurrent attempts queue, never deadlock.
    PERFORM 1 FROM sign_in_protection.buckets WHERE key = ANY (p_keys) ORDER BY key FOR UPDATE;
    v_now := clock_timestamp();
    SELECT COALESCE(MAX(GREATEST(0, drained + 1 - t.capacity) * t.drain), 0) INTO v_wait
      FROM unnest(p_keys, p_capacities, p_drains) AS t(key, capacity, drain)
      JOIN LATERAL (
        SELECT GREATEST(0, b.level - EXTRACT(EPOCH FROM v_now - b.updated_at) / b.drain_seconds) AS drained
          FROM sign_in_protection.buckets b WHERE b.key = t.key
      ) AS cur ON true;
    IF v_wait > 0 THEN
      RETURN v_wait;
    END IF;
    UPDATE sign_in_protection.buckets b
       SET level = GREATEST(0, b.level - EXTRACT(EPOCH FROM v_now - b.updated_at) / b.drain_seconds) + 1,
           drain_seconds = t.drain,
           updated_at = v_now
      FROM unnest(p_keys, p_drains) AS t(key, drain)
     WHERE b.key = t.key;
    RETURN 0;
  END
  $take$;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS "sign_in_protection" CASCADE;`)
}
