import { EmbeddedPostgresError } from '../server/embeddedPostgres'
import { ConfigError, loadEnv } from '../server/env'
import { createLogger } from '../server/logger'
import { startRuntime, type Runtime } from '../server/runtime'
import { complain } from './say'

/**
 * The same start as the server (validated env, embedded or external database, migrations applied)
 * for one-off operator commands. Known problems print one line and exit 1.
 */
export async function runtimeForScript(): Promise<Runtime> {
  try {
    const env = loadEnv()
    return await startRuntime(env, createLogger(env.logLevel === 'info' ? 'warn' : env.logLevel))
  } catch (error) {
    if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
      complain(error.message)
      process.exit(1)
    }
    throw error
  }
}
