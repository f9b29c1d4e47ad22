import { isFixableByUser } from '../server/fixableErrors'
import { complain } from './say'

/** Runs `work`; a problem the user can fix (configuration, embedded database, backup) prints one line and exits 1. */
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
