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
// Ctrl-C (which also reaches the server) ends the load; the server and the database are still
// stopped and the temporary folder removed. A second Ctrl-C exits at once.
const interrupt = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupt.signal.aborted) process.exit(130)
    complain('soak: interrupted, stopping the server and the database (Ctrl-C again to exit at once)')
    interrupt.abort()
  })
}
try {
  const result = await runSoak(options, say, interrupt.signal)
  say(result.summary)
  process.exit(interrupt.signal.aborted ? 130 : result.passed ? 0 : 1)
} catch (error) {
  complain(`soak: could not run: ${(error as Error).stack ?? error}`)
  process.exit(2)
}
