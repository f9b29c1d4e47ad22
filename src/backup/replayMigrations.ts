import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import type pg from 'pg'

import { migrations as migrationFiles } from '../migrations'
import { BackupError } from './format'

type MigrationFile = { name: string; up: (args: never) => Promise<void> }

/**
 * Rebuilds the schema of a backup by running the `up` of exactly the migrations it lists, on the
 * restore's own connection, so that they and the loaded rows commit or roll back together (DDL is
 * transactional in PostgreSQL). This is the schema the server itself built from the same files;
 * the rows of payload_migrations come with the data. Later migrations of newer code are left for
 * the server's next start, as after any upgrade.
 */
export async function replayMigrations(client: pg.Client, names: string[], files: readonly MigrationFile[] = migrationFiles): Promise<void> {
  const unknown = names.filter((name) => !files.some((file) => file.name === name))
  if (unknown.length > 0) {
    throw new BackupError(
      `This backup comes from a newer version of the CMS (migration ${unknown[0]} is not in src/migrations): restore it with that version or a later one.`,
    )
  }
  const db = drizzle({ client })
  for (const file of files.filter((candidate) => names.includes(candidate.name))) {
    const args = { db, payload: payloadUnavailable(file.name), req: {} }
    await file.up(args as never)
  }
}

/** Schema migrations only need `db`; one that reads or writes documents through Payload cannot be replayed offline. */
function payloadUnavailable(migration: string): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new BackupError(
          `Migration ${migration} uses the Payload API, which restore does not start: restore cannot replay it (data migrations are not needed on a restored copy; give it a guard or split schema and data).`,
        )
      },
    },
  )
}
