import { BackupError } from '../backup/format'
import { EmbeddedPostgresError } from './embeddedPostgres'
import { ConfigError } from './env'

/** Problems a user can fix from the message alone: shown as one line, without a stack trace. */
export function isFixableByUser(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof EmbeddedPostgresError || error instanceof BackupError
}
