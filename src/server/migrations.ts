import type { MigrateUpArgs } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import pg from 'pg'

import { migrations as migrationFiles } from '../migrations'
import { up as createSignInProtection } from '../migrations/20261202_005000_sign_in_protection'
import { ConfigError } from './env'
import type { Logger } from './logger'

// The generated index types up/down with concrete args; Payload's list type takes `unknown` ones.
type PayloadMigrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

export type MigrationStatus = { applied: string[]; pending: string[]; pushed: boolean }

type Queryable = { query: (sql: string) => Promise<{ rows: Array<{ name: string; batch: number | null }> }> }

// Any constant works: it only has to be the same in every process that migrates this database.
export const MIGRATION_LOCK_KEY = 7_340_211

async function readMigrationRows(db: Queryable): Promise<Array<{ name: string; batch: number | null }>> {
  try {
    return (await db.query('SELECT name, batch FROM payload_migrations')).rows
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') return [] // table not created yet
    throw error
  }
}

/** Which of src/migrations the database has run; `pushed` marks a database set up by schema push. */
export async function getMigrationStatus(db: Queryable, files = migrationFiles): Promise<MigrationStatus> {
  const rows = await readMigrationRows(db)
  const applied = new Set(rows.filter((row) => Number(row.batch) > 0).map((row) => row.name))
  return {
    applied: files.filter((file) => applied.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !applied.has(file.name)).map((file) => file.name),
    pushed: rows.some((row) => Number(row.batch) === -1),
  }
}

/**
 * Push and migrations must never meet on one database: drizzle would prompt about data loss
 * (and hang without a terminal). Checked with a plain connection before Payload connects.
 */
export async function assertSchemaMode(uri: string, push: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 10_000 })
  client.on('error', () => undefined)
  await client.connect()
  try {
    const rows = await readMigrationRows(client)
    const migrated = rows.some((row) => Number(row.batch) > 0)
    const pushed = rows.some((row) => Number(row.batch) === -1)
    if (push && migrated) {
      throw new ConfigError(
        'Invalid configuration: DATABASE_PUSH=true refused: this database is managed by migrations. Use a separate, throwaway database for schema push.',
      )
    }
    if (!push && pushed) {
      throw new ConfigError(
        'Invalid configuration: this database was set up by schema push (DATABASE_PUSH=true), so migrations cannot manage it. Keep DATABASE_PUSH=true, or point DATABASE_URI at a fresh database.',
      )
    }
  } finally {
    await client.end()
  }
}

/** Applies pending migrations, one process at a time (replicas starting together take turns). */
export async function applyMigrations(payload: Payload, uri: string, log: Logger): Promise<MigrationStatus> {
  const lock = new pg.Client({ connectionString: uri })
  lock.on('error', () => undefined)
  await lock.connect()
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
    const before = await getMigrationStatus(lock)
    if (before.pending.length > 0) {
      log.info('applying migrations', { pending: before.pending })
      await payload.db.migrate({ migrations: migrationFiles as unknown as PayloadMigrations })
    }
    const after = await getMigrationStatus(lock)
    if (after.pending.length > 0) throw new Error(`Migrations still pending after migrate: ${after.pending.join(', ')}`)
    return after
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
    await lock.end()
  }
}

/**
 * With schema push (DATABASE_PUSH=true, development) no migration runs, but the tables that live
 * outside Payload's schema are still needed: their migrations are idempotent and run here.
 */
export async function createUnmanagedSchemas(payload: Payload): Promise<void> {
  const db = (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
  await createSignInProtection({ db, payload, req: { payload } as MigrateUpArgs['req'] })
}
