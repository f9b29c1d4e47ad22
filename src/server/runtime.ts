import pg, { type Pool } from 'pg'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildPayloadConfig } from '../config/buildPayloadConfig'
import { endPool } from './endPool'
import { guardPool } from './guardPool'
import { openDatabase, type DatabaseHandle } from './database'
import type { Env } from './env'
import type { Logger } from './logger'
import { applyMigrations, assertSchemaMode, createUnmanagedSchemas } from './migrations'
import { resolvePayloadSecret } from './secret'

/** Everything a process needs to serve or script the CMS: database, Payload, schema up to date. */
export type Runtime = {
  env: Env
  log: Logger
  database: DatabaseHandle
  payload: Payload
  config: SanitizedConfig
  pool: Pool
  /**
   * One connection of its own for /readyz: a health check must say whether the database answers,
   * not wait in line behind the requests that fill the main pool.
   */
  healthPool: Pool
  close(): Promise<void>
}

export async function startRuntime(env: Env, log: Logger): Promise<Runtime> {
  const database = await openDatabase(env, log)
  try {
    const secret = resolvePayloadSecret(env)
    // Next's copy of the config (admin UI) reads these from the environment.
    process.env.DATABASE_URI = database.uri
    process.env.PAYLOAD_SECRET = secret
    await assertSchemaMode(database.uri, env.databasePush)

    const config = await buildPayloadConfig(env, { databaseURI: database.uri, secret })
    const payload = await getPayload({ config, cron: env.runJobs })
    const pool = (payload.db as unknown as { pool: Pool }).pool
    guardPool(pool, log)
    if (!env.databasePush) await applyMigrations(payload, database.uri, log)
    else await createUnmanagedSchemas(payload)
    const healthPool = new pg.Pool({ connectionString: database.uri, max: 1, connectionTimeoutMillis: 2_000, statement_timeout: 2_000, idleTimeoutMillis: 30_000 })
    guardPool(healthPool, log, 'health check connection')

    let closed = false
    return {
      env,
      log,
      database,
      payload,
      config,
      pool,
      healthPool,
      async close() {
        if (closed) return
        closed = true
        await payload.destroy().catch((error: Error) => log.warn('payload destroy failed', { error: error.message }))
        // payload.destroy() leaves the pg pool open: end it before the database goes away.
        await endPool(pool)
        await healthPool.end().catch(() => undefined)
        await database.close()
      },
    }
  } catch (error) {
    await database.close().catch(() => undefined)
    throw error
  }
}
