/**
 * npm run backup [-- <file>]: writes the database and the media folder (MEDIA_DIR) into one
 * archive, by default backups/clinic-cms-<time>.tar.gz, with a progress line. Works on the embedded
 * PostgreSQL (started, or joined when the server runs) and on DATABASE_URI; the server may keep
 * running. See the README's "Backup and restore" and docs/operations.md.
 */
import path from 'node:path'

import { describeDatabase } from '../backup/connection'
import { writeBackup } from '../backup/writeBackup'
import { openDatabase } from '../server/database'
import { loadEnv } from '../server/env'
import { createLogger } from '../server/logger'
import { formatBytes, formatCount, progressLine } from './progressLine'
import { withOneLineErrors } from './oneLineErrors'
import { complain, say } from './say'

const args = process.argv.slice(2)
if (args.some((arg) => arg.startsWith('-')) || args.length > 1) {
  complain('Usage: npm run backup [-- <file.tar.gz>]')
  process.exit(2)
}
const stamp = new Date().toISOString().replace(/:/g, '').replace(/\.\d+Z$/, 'Z')
const file = path.resolve(args[0] ?? path.join('backups', `clinic-cms-${stamp}.tar.gz`))

/** Relative to the current folder when inside it, absolute otherwise. */
const displayPath = (absolute: string) => {
  const relative = path.relative(process.cwd(), absolute)
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
}

await withOneLineErrors(async () => {
  const env = loadEnv()
  const database = await openDatabase(env, createLogger(env.logLevel === 'info' ? 'warn' : env.logLevel))
  const line = progressLine()
  try {
    say(`Backing up ${env.databaseURI ? describeDatabase(database.uri) : `the embedded database in ${path.join(env.dataDir, 'postgres')}`} and ${env.mediaDir}`)
    const summary = await writeBackup({
      databaseUri: database.uri,
      mediaDir: env.mediaDir,
      file,
      progress: (p) =>
        line.update(
          p.phase === 'database'
            ? `  database: ${p.done}/${p.total} tables, ${formatCount(p.rows)} rows`
            : `  media: ${p.done}/${p.total} files, ${formatBytes(p.bytes)}`,
          p.done === p.total,
        ),
    })
    line.clear()
    say(
      `Backup written: ${displayPath(summary.file)} (${formatBytes(summary.archiveBytes)}): ` +
        `${summary.tables} tables, ${formatCount(summary.rows)} rows, ${summary.mediaFiles} media files (${formatBytes(summary.mediaBytes)}).`,
    )
    say('It holds the users\u2019 password hashes: keep it private (the file is readable by you only). PAYLOAD_SECRET is not in it.')
    if (summary.missingMedia.length > 0) {
      complain(
        `Warning: ${summary.missingMedia.length} media files the database names were not in ${env.mediaDir} (e.g. ${summary.missingMedia.slice(0, 3).join(', ')}), so they are not in the backup either.`,
      )
    }
  } finally {
    line.clear()
    await database.close()
  }
})
process.exit(0)
