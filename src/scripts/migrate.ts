/**
 * npm run migrate           apply pending migrations (what the server does at start), then list them
 * npm run migrate:status    list applied and pending migrations; exit 1 when any is pending
 */
import pg from 'pg'

import { openDatabase } from '../server/database'
import { loadEnv } from '../server/env'
import { createLogger } from '../server/logger'
import { getMigrationStatus, type MigrationStatus } from '../server/migrations'
import { runtimeForScript, withOneLineErrors } from './runtimeForScript'
import { complain, say } from './say'

function print(status: MigrationStatus): void {
  for (const name of status.applied) say(`  applied  ${name}`)
  for (const name of status.pending) say(`  PENDING  ${name}`)
  say(`${status.applied.length} applied, ${status.pending.length} pending`)
}

if (process.argv.includes('--status')) {
  const status = await withOneLineErrors(async () => {
    const env = loadEnv()
    const database = await openDatabase(env, createLogger('warn'))
    const client = new pg.Client({ connectionString: database.uri })
    await client.connect()
    try {
      return await getMigrationStatus(client)
    } finally {
      await client.end()
      await database.close()
    }
  })
  print(status)
  if (status.pushed) say('note: this database was also schema-pushed in development (DATABASE_PUSH=true)')
  process.exit(status.pending.length > 0 ? 1 : 0)
}

const runtime = await runtimeForScript()
if (runtime.env.databasePush) {
  complain('DATABASE_PUSH=true: this database is managed by schema push, not migrations.')
  await runtime.close()
  process.exit(1)
}
print(await getMigrationStatus(runtime.pool))
await runtime.close()
process.exit(0)
