import { loadEnv } from '../server/env'
import { isFixableByUser } from '../server/fixableErrors'
import { createLogger } from '../server/logger'
import { startRuntime, type Runtime } from '../server/runtime'
import { complain } from './say'

/** Runs `work`; a problem the user can fix (configuration, embedded database) prints one line and exits 1. */
export async function withOneLineErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    if (isFixableByUser(error)) {
      complain(error.message)
      process.exit(1)
    }
    throw error
  }
}

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
