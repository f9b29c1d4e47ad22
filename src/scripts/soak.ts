/**
 * npm run soak [-- --duration 10m …]: the production server on an embedded PostgreSQL under a
 * mixed load (anonymous readers, editors, a translator, a reviewer and an admin) for a while, then
 * checks that nothing failed, every acknowledged write is there, version counts agree and memory
 * did not grow. Exit code 0 when every check passed, 1 when one failed, 2 when it could not run.
 * See docs/operations.md.
 */
import { parseSoakOptions, SoakUsageError } from '../soak/options'
import { runSoak } from '../soak/runSoak'
import { complain, say } from './say'

let options
try {
  options = parseSoakOptions(process.argv.slice(2), process.env)
} catch (error) {
  if (!(error instanceof SoakUsageError)) throw error
  complain(`soak: ${error.message}`)
  process.exit(2)
}
try {
  const result = await runSoak(options, say)
  say(result.summary)
  process.exit(result.passed ? 0 : 1)
} catch (error) {
  complain(`soak: could not run: ${(error as Error).stack ?? error}`)
  process.exit(2)
}
