/** CI guard: fails when the Payload config has schema changes that no migration in src/migrations covers. */
import { getPayload } from 'payload'

import { schemaChangesSinceLastMigration } from '../server/schemaDrift'
import { loadConfigOffline } from './loadConfigOffline'
import { complain, say } from './say'

const config = await loadConfigOffline()
const payload = await getPayload({ config, disableDBConnect: true })
const changes = await schemaChangesSinceLastMigration(payload)
if (changes.length > 0) {
  complain(`The schema has ${changes.length} change(s) no migration covers. Run: npm run migrate:create -- <name>`)
  for (const statement of changes.slice(0, 20)) complain(`  ${statement.split('\n')[0]}`)
  process.exit(1)
}
say('Migrations match the schema.')
process.exit(0)
