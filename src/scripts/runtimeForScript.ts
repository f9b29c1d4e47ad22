import { loadEnv } from '../server/env'
import { createLogger } from '../server/logger'
import { startRuntime, type Runtime } from '../server/runtime'
import { withOneLineErrors } from './oneLineErrors'

// Kept here too for the scripts that import it from this file; backup and restore import
// ./oneLineErrors directly so as not to load Payload, which they do not start.
export { withOneLineErrors }

/**
 * The same start as the server (validated env, embedded or external database, migrations applied)
 * for one-off operator commands.
 */
export function runtimeForScript(): Promise<Runtime> {
  return withOneLineErrors(() => {
    const env = loadEnv()
    return startRuntime(env, createLogger(env.logLevel === 'info' ? 'warn' : env.logLevel))
  })
}
