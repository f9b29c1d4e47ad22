import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import tar from 'tar-stream'

import { MIGRATION_LOCK_KEY } from '../server/migrations'
import { connect } from './connection'
import { makeNewEnumLabelsUsable } from './enumLabels'
import {
  ARCHIVE_VERSION,
  BackupError,
  HEADER_ENTRY,
  headerSchema,
  MEDIA_PREFIX,
  TRAILER_ENTRY,
  tableOfEntry,
  trailerSchema,
  type ArchiveHeader,
  type ArchiveTrailer,
} from './format'
import { Measure, sha256 } from './hashing'
import { MediaStaging, mediaEntries, safeMediaPath } from './mediaFiles'
import { replayMigrations } from './replayMigrations'
import {
  countSchemaObjects,
  describeSchema,
  detachForeignKeys,
  dropSchemaObjects,
  qualified,
  restoreSequences,
  schemaDifferences,
} from './schema'

export type RestoreProgress = { phase: 'database' | 'media'; done: number; total?: number; rows: number; bytes: number }

export type RestoreOptions = {
  databaseUri: string
  mediaDir: string
  file: string
  /** Replace a database or media folder that is not empty. */
  force?: boolean
  progress?: (progress: RestoreProgress) => void
}

export type RestoreSummary = {
  createdAt: string
  postgresVersion: string
  migrations: number
  tables: number
  rows: number
  mediaFiles: number
  mediaBytes: number
}

/**
 * Restores an archive of `writeBackup` into an empty database and media folder (or, with `force`,
 * in place of what is there), all or nothing: the schema (rebuilt by replaying the backup's
 * migrations), the rows, sequences and foreign keys go into one transaction, the media files into
 * a staging folder inside MEDIA_DIR; every entry's size and SHA-256 and every table's row count are checked
 * against the archive's trailer before the transaction commits and the folder takes MEDIA_DIR's place.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const file = path.resolve(options.file)
  const mediaDir = path.resolve(options.mediaDir)
  const progress = options.progress ?? (() => undefined)
  assertArchiveFile(file)

  const archive = openArchive(file)
  try {
    const { header, record } = await readHeader(archive, file)
    const client = await connect(options.databaseUri, 'restore')
    let staging: MediaStaging | undefined
    let summary: RestoreSummary
    try {
      await assertDatabaseTarget(client, Boolean(options.force))
      const present = mediaEntries(mediaDir)
      if (!options.force && present.length > 0) {
        throw new BackupError(`The media folder ${mediaDir} is not empty (${present.length} entries): restore into an empty one (set MEDIA_DIR or DATA_DIR), or pass --force to replace its files.`)
      }
      staging = new MediaStaging(mediaDir)
      await client.query('BEGIN')
      // A server starting meanwhile waits here instead of migrating the half-built schema.
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
      if (options.force) await dropSchemaObjects(client)
      await replayMigrations(client, header.migrations)
      await makeNewEnumLabelsUsable(client)
      const differences = schemaDifferences(header.schema, await describeSchema(client))
      if (differences.length > 0) {
        throw new BackupError(
          `The schema this version's migrations build differs from the backed-up one (${differences.slice(0, 3).join('; ')}${differences.length > 3 ? `; ${differences.length - 3} more` : ''}): nothing was restored.`,
        )
      }
      const reattachForeignKeys = await detachForeignKeys(client)
      summary = await loadEntries(archive, file, client, header, record, staging.dir, progress)
      await restoreSequences(client, header.sequences)
      await reattachForeignKeys()
      await client.query('COMMIT')
    } catch (error) {
      // Closing the session rolls the transaction back (also while a failed COPY is still winding down).
      staging?.discard()
      throw explainLoadError(error, file)
    } finally {
      await client.end().catch(() => undefined)
    }
    staging.moveIntoPlace()
    await analyzeQuietly(options.databaseUri)
    return summary
  } finally {
    archive.close()
  }
}

/** Fresh statistics for the planner (autovacuum may be slow to notice, or off); the restore is done whatever happens here. */
async function analyzeQuietly(uri: string): Promise<void> {
  try {
    const client = await connect(uri, 'restore')
    await client.query('ANALYZE').finally(() => client.end().catch(() => undefined))
  } catch {
    // statistics come with autovacuum later
  }
}

type OpenArchive = { entries: AsyncIterator<tar.Entry>; done: Promise<void>; close: () => void }

/** A readable regular file, or a one-line error (checked before anything is started). */
export function assertArchiveFile(file: string): void {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new BackupError(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file} (${code})`)
  }
  if (!stat.isFile()) throw new BackupError(`${file} is not a file.`)
}

function openArchive(file: string): OpenArchive {
  const source = fs.createReadStream(file)
  const extract = tar.extract()
  const done = pipeline(source, zlib.createGunzip(), extract)
  done.catch(() => undefined) // awaited after the last entry; until then errors surface through the entries
  return { entries: extract[Symbol.asyncIterator](), done, close: () => source.destroy() }
}

async function nextEntry(archive: OpenArchive): Promise<tar.Entry | undefined> {
  const next = await archive.entries.next()
  if (!next.done) return next.value
  await archive.done
  return undefined
}

async function readHeader(archive: OpenArchive, file: string): Promise<{ header: ArchiveHeader; record: ArchiveTrailer['entries'][number] }> {
  const notAnArchive = (detail: string) => new BackupError(`${file} is not a clinic-cms backup archive (${detail}).`)
  let entry: tar.Entry | undefined
  try {
    entry = await nextEntry(archive)
  } catch (error) {
    throw notAnArchive(describeReadError(error))
  }
  if (!entry || entry.header.name !== HEADER_ENTRY) throw notAnArchive(entry ? `it starts with ${entry.header.name}` : 'it is empty')
  let header: ArchiveHeader
  let data: Buffer
  try {
    data = await readAll(entry)
    const parsed = headerSchema.safeParse(JSON.parse(data.toString('utf8')))
    if (!parsed.success) throw new Error(`${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`)
    header = parsed.data
  } catch (error) {
    throw new BackupError(`${file} has an unreadable header (${(error as Error).message}).`)
  }
  if (header.version > ARCHIVE_VERSION) {
    throw new BackupError(`${file} is a backup of format ${header.version}, newer than this version of the CMS reads (${ARCHIVE_VERSION}): restore it with a newer version.`)
  }
  return { header, record: { name: HEADER_ENTRY, size: data.length, sha256: sha256(data) } }
}

async function readAll(entry: tar.Entry): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of entry as AsyncIterable<Buffer>) chunks.push(chunk)
  return Buffer.concat(chunks)
}

async function assertDatabaseTarget(client: pg.Client, force: boolean): Promise<void> {
  const { rows } = await client.query<{ server_encoding: string }>('SHOW server_encoding')
  if (rows[0]!.server_encoding !== 'UTF8') {
    throw new BackupError(`The database's encoding is ${rows[0]!.server_encoding}; Thai text needs UTF8: create the database with ENCODING 'UTF8'.`)
  }
  const objects = await countSchemaObjects(client)
  if (objects.count > 0 && !force) {
    throw new BackupError(
      `The database is not empty (${objects.count} tables, sequences or types, e.g. ${objects.examples.join(', ')}): restore into an empty database, or pass --force to replace everything in it.`,
    )
  }
  if (force) {
    const others = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    )
    if (others.rows[0]!.count > 0) {
      throw new BackupError(`${others.rows[0]!.count} other connections use this database (is the CMS running?): stop them before restoring over it.`)
    }
  }
}

async function loadEntries(
  archive: OpenArchive,
  file: string,
  client: pg.Client,
  header: ArchiveHeader,
  headerRecord: ArchiveTrailer['entries'][number],
  staging: string,
  progress: (progress: RestoreProgress) => void,
): Promise<RestoreSummary> {
  const tables = new Map(header.tables.map((table) => [table.name, table.columns]))
  const seen: ArchiveTrailer['entries'] = [headerRecord]
  const rows = new Map<string, number>()
  const loadedTables = new Set<string>()
  let trailer: ArchiveTrailer | undefined
  let totalRows = 0
  let mediaFiles = 0
  let mediaBytes = 0

  for (let entry = await nextEntry(archive); entry; entry = await nextEntry(archive)) {
    const name = entry.header.name
    if (trailer) throw damaged(`${name} follows the trailer`)
    if (entry.header.type !== 'file') throw damaged(`unexpected ${entry.header.type} entry ${name}`)
    if (name === TRAILER_ENTRY) {
      trailer = parseTrailer(await readAll(entry))
      continue
    }
    const measure = new Measure()
    const table = tableOfEntry(name)
    if (table !== undefined) {
      const columns = tables.get(table)
      if (!columns) throw damaged(`${name} belongs to no table of the header`)
      const copy = client.query(
        copyFrom(`COPY ${qualified(client, table)} (${columns.map((column) => client.escapeIdentifier(column)).join(', ')}) FROM STDIN`),
      )
      await pipeline(Readable.from(entry), measure, copy)
      rows.set(table, (rows.get(table) ?? 0) + copy.rowCount)
      totalRows += copy.rowCount
      loadedTables.add(table)
      progress({ phase: 'database', done: loadedTables.size, total: header.tables.length, rows: totalRows, bytes: 0 })
    } else if (name.startsWith(MEDIA_PREFIX)) {
      const target = safeMediaPath(staging, name.slice(MEDIA_PREFIX.length))
      fs.mkdirSync(path.dirname(target), { recursive: true })
      await pipeline(Readable.from(entry), measure, fs.createWriteStream(target, { flags: 'wx', mode: 0o644 }))
      if (entry.header.mtime) fs.utimesSync(target, entry.header.mtime, entry.header.mtime)
      mediaFiles++
      mediaBytes += measure.size
      progress({ phase: 'media', done: mediaFiles, rows: totalRows, bytes: mediaBytes })
    } else {
      throw damaged(`unexpected entry ${name}`)
    }
    seen.push({ name, size: measure.size, sha256: measure.digest() })
  }

  if (!trailer) throw damaged('it ends before its checksums: the backup was cut short')
  verifyAgainstTrailer(trailer, seen, rows, damaged)
  return {
    createdAt: header.createdAt,
    postgresVersion: header.postgresVersion,
    migrations: header.migrations.length,
    tables: header.tables.length,
    rows: totalRows,
    mediaFiles,
    mediaBytes,
  }

  function damaged(detail: string): BackupError {
    return new BackupError(`${file} is damaged (${detail}): nothing was restored.`)
  }
}

function parseTrailer(data: Buffer): ArchiveTrailer {
  try {
    const parsed = trailerSchema.safeParse(JSON.parse(data.toString('utf8')))
    if (parsed.success) return parsed.data
  } catch {
    // reported below
  }
  throw new BackupError('The archive\u2019s checksums are unreadable: nothing was restored.')
}

function verifyAgainstTrailer(
  trailer: ArchiveTrailer,
  seen: ArchiveTrailer['entries'],
  rows: Map<string, number>,
  damaged: (detail: string) => BackupError,
): void {
  const expected = new Map(trailer.entries.map((entry) => [entry.name, entry]))
  for (const entry of seen) {
    const want = expected.get(entry.name)
    if (!want) throw damaged(`${entry.name} is not in its checksums`)
    if (want.size !== entry.size || want.sha256 !== entry.sha256) throw damaged(`${entry.name} does not match its checksum`)
    expected.delete(entry.name)
  }
  if (expected.size > 0) throw damaged(`${[...expected.keys()][0]} is missing`)
  for (const [table, count] of Object.entries(trailer.rows)) {
    if ((rows.get(table) ?? 0) !== count) throw damaged(`table ${table} has ${rows.get(table) ?? 0} rows instead of ${count}`)
  }
}

/** Errors while loading: our own are already clear; the archive's gzip/tar and PostgreSQL's get a sentence around them. */
function explainLoadError(error: unknown, file: string): Error {
  if (error instanceof BackupError) return error
  const pgError = error as { code?: string; message?: string; table?: string; constraint?: string }
  if (typeof pgError.code === 'string' && /^[0-9A-Z]{5}$/.test(pgError.code)) {
    return new BackupError(
      `PostgreSQL refused the restore (${pgError.message}${pgError.constraint ? `, constraint ${pgError.constraint}` : ''}): nothing was restored.`,
    )
  }
  if (isArchiveReadError(error)) return new BackupError(`${file} is damaged (${describeReadError(error)}): nothing was restored.`)
  return error as Error
}

function isArchiveReadError(error: unknown): boolean {
  const { code, message } = error as { code?: string; message?: string }
  return (typeof code === 'string' && code.startsWith('Z_')) || /tar|Unexpected end of data|Premature close/i.test(message ?? '')
}

function describeReadError(error: unknown): string {
  const { code, message = String(error) } = error as { code?: string; message?: string }
  if (message === 'incorrect header check') return 'not gzip data'
  if (message === 'unexpected end of file' || /Unexpected end of data/.test(message)) return 'it ends unexpectedly'
  if (typeof code === 'string' && code.startsWith('Z_')) return `corrupt compressed data: ${message}`
  if (/Invalid tar header/.test(message)) return 'no valid tar data inside the gzip data'
  return message
}
