/**
 * npm run migrate:create -- <name>: writes src/migrations/<timestamp>_<name>.ts (+ snapshot) for the
 * schema changes since the last migration, and refreshes src/migrations/index.ts.
 * Checks the result itself: the payload CLI can exit 0 without writing anything on Node 20.
 */
import fs from 'node:fs'
import { getPayload } from 'payload'

import { schemaChangesSinceLastMigration } from '../server/schemaDrift'
import { loadConfigOffline } from './loadConfigOffline'
import { complain, say } from './say'

const name = process.argv[2]
if (!name || !/^[a-z][a-z0-9_]*$/.test(name)) {
  complain('Usage: npm run migrate:create -- <name>   (lower-case letters, digits and _ , e.g. add_articles)')
  process.exit(2)
}

const config = await loadConfigOffline()
const payload = await getPayload({ config, disableDBConnect: true })
const changes = await schemaChangesSinceLastMigration(payload)
if (changes.length === 0) {
  say('No schema changes since the last migration: nothing to create.')
  process.exit(0)
}

const before = new Set(fs.readdirSync(payload.db.migrationDir))
await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
const created = fs.readdirSync(payload.db.migrationDir).filter((file) => !before.has(file))
if (!created.some((file) => file.endsWith('.ts'))) {
  complain('migrate:create: no migration file was written')
  process.exit(1)
}
say(`Created ${created.map((file) => `src/migrations/${file}`).join(', ')} (${changes.length} statements)`)
process.exit(0)
