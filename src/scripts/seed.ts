/**
 * npm run seed [-- --reset]: fills the database with the bilingual sample content (and, outside
 * production, one sample user per role). Running it again changes nothing; --reset recreates the
 * sample documents, discarding edits made to them.
 */
import { seed } from '../seed'
import { runtimeForScript } from './runtimeForScript'
import { say } from './say'

const reset = process.argv.includes('--reset')
const runtime = await runtimeForScript()
const started = Date.now()
try {
  const report = await seed(runtime.payload, {
    reset,
    withUsers: !runtime.env.isProduction,
    progress: (line) => say(`  ${line}`),
  })
  const created = Object.values(report).reduce((sum, entry) => sum + entry.created, 0)
  const kept = Object.values(report).reduce((sum, entry) => sum + entry.kept, 0)
  say(`Seed finished in ${((Date.now() - started) / 1000).toFixed(1)} s: ${created} created, ${kept} already there${reset ? ' (reset)' : ''}.`)
} finally {
  await runtime.close()
}
process.exit(0)
