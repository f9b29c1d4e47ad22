/**
 * npm run restore -- <file> [--force]: restores an archive of npm run backup into an empty
 * database (the embedded one in DATA_DIR, or DATABASE_URI) and an empty MEDIA_DIR, all or nothing.
 * --force replaces a database and media folder that are not empty.
 */
import path from 'node:path'

import { describeDatabase } from '../backup/connection'
import { assertArchiveFile, restoreBackup } from '../backup/restoreBackup'
import { openDatabase } from '../server/database'
import { loadEnv } from '../server/env'
import { createLogger } from '../server/logger'
import { formatBytes, formatCount, progressLine } from './progressLine'
import { withOneLineErrors } from './oneLineErrors'
import { complain, say } from './say'

const args = process.argv.slice(2)
const force = args.includes('--force')
const files = args.filter((arg) => !arg.startsWith('-'))
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--force')
if (files.length !== 1 || unknown.length > 0) {
  complain('Usage: npm run restore -- <backup.tar.gz> [--force]')
  process.exit(2)
}
if (process.env.npm_config_force === 'true' && !force) {
  // `npm run restore file --force` gives --force to npm, not to us: say so rather than guess.
  complain('Note: npm took --force for itself. To replace a database that is not empty, write: npm run restore -- <file> --force')
}

await withOneLineErrors(async () => {
  assertArchiveFile(path.resolve(files[0]!))
  const env = loadEnv()
  const database = await openDatabase(env, createLogger(env.logLevel === 'info' ? 'warn' : env.logLevel))
  const line = progressLine()
  try {
    const target = env.databaseURI ? describeDatabase(database.uri) : `the embedded database in ${path.join(env.dataDir, 'postgres')}`
    say(`Restoring ${files[0]} into ${target} and ${env.mediaDir}${force ? ' (--force: replacing what is there)' : ''}`)
    const summary = await restoreBackup({
      databaseUri: database.uri,
      mediaDir: env.mediaDir,
      file: files[0]!,
      force,
      progress: (p) =>
        line.update(
          p.phase === 'database'
            ? `  database: ${p.done}/${p.total} tables, ${formatCount(p.rows)} rows`
            : `  media: ${p.done} files, ${formatBytes(p.bytes)}`,
          p.done === p.total,
        ),
    })
    line.clear()
    say(
      `Restored the backup of ${summary.createdAt}: ${summary.tables} tables, ${formatCount(summary.rows)} rows, ` +
        `${summary.mediaFiles} media files (${formatBytes(summary.mediaBytes)}).`,
    )
    say('Start the server as usual (npm run dev or npm start). Unless PAYLOAD_SECRET is the one the backed-up server used, everyone signs in again.')
  } finally {
    line.clear()
    await database.close()
  }
})
process.exit(0)
