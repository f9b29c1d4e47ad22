import type { Pool } from 'pg'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { buildPayloadConfig } from '../config/buildPayloadConfig'
import { endPool } from './endPool'
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
    // Without a listener, an idle client's error (e.g. 57P01 when the server stops) kills the process.
    pool.on('error', (error) => log.warn('database connection error', { error: error.message }))
    if (!env.databasePush) await applyMigrations(payload, database.uri, log)
    else await createUnmanagedSchemas(payload)

    let closed = false
    return {
      env,
      log,
      database,
      payload,
      config,
      pool,
      async close() {
        if (closed) return
        closed = true
        await payload.destroy().catch((error: Error) => log.warn('payload destroy failed', { error: error.message }))
        // payload.destroy() leaves the pg pool open: end it before the database goes away.
        await endPool(pool)
        await database.close()
      },
    }
  } catch (error) {
    await database.close().catch(() => undefined)
    throw error
  }
}
