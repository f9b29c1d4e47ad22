import fs from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import type pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import tar from 'tar-stream'

import { connect } from './connection'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  BackupError,
  HEADER_ENTRY,
  MEDIA_PREFIX,
  PART_BYTES,
  TRAILER_ENTRY,
  tablePartEntry,
  type ArchiveHeader,
  type ArchiveTrailer,
} from './format'
import { countNewlines, sha256 } from './hashing'
import { listMediaFiles } from './mediaFiles'
import { describeSchema, listTables, qualified, readSequences } from './schema'

export type BackupProgress = { phase: 'database' | 'media'; done: number; total: number; rows: number; bytes: number }

export type BackupOptions = {
  databaseUri: string
  mediaDir: string
  /** The archive to write; refused if it exists. Written as `<file>.partial` and renamed when complete. */
  file: string
  progress?: (progress: BackupProgress) => void
}

export type BackupSummary = {
  file: string
  tables: number
  rows: number
  mediaFiles: number
  mediaBytes: number
  archiveBytes: number
  /** Files the media table names that were not in MEDIA_DIR (e.g. deleted by hand). */
  missingMedia: string[]
}

/**
 * Writes the database (every table of Payload's schema, read in one REPEATABLE READ snapshot, in
 * COPY format: what pg_dump's data section holds) and MEDIA_DIR into one archive, mode 0600 since
 * it holds password hashes. The media files are read after the snapshot was taken: every upload
 * the snapshot knows was on disk before its row was committed.
 */
export async function writeBackup(options: BackupOptions): Promise<BackupSummary> {
  const file = path.resolve(options.file)
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists: choose another file name.`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const partial = `${file}.partial`
  const progress = options.progress ?? (() => undefined)

  const client = await connect(options.databaseUri, 'backup')
  let fd: number | undefined
  let pack: tar.Pack | undefined
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY')
    const header = await readHeader(client)
    const referencedMedia = await readReferencedMedia(client)
    const media = listMediaFiles(options.mediaDir)

    fd = fs.openSync(partial, 'w', 0o600)
    fs.fchmodSync(fd, 0o600) // also when a stale .partial with wider rights was there
    const archive = tar.pack()
    pack = archive
    const written = pipeline(archive, zlib.createGzip(), fs.createWriteStream('', { fd, autoClose: false }))
    const entries: ArchiveTrailer['entries'] = []
    const rows: ArchiveTrailer['rows'] = {}
    const archived = new Set<string>()

    const fill = async (): Promise<ArchiveTrailer> => {
      await addBuffer(archive, entries, HEADER_ENTRY, Buffer.from(JSON.stringify(header, null, 1)))
      let totalRows = 0
      for (const [index, table] of header.tables.entries()) {
        rows[table.name] = 0
        let part = 0
        const copy = client.query(copyTo(`COPY ${qualified(client, table.name)} (${table.columns.map((c) => client.escapeIdentifier(c)).join(', ')}) TO STDOUT`))
        for await (const data of wholeRowParts(copy)) {
          await addBuffer(archive, entries, tablePartEntry(table.name, part++), data)
          const count = countNewlines(data)
          rows[table.name] += count
          totalRows += count
        }
        progress({ phase: 'database', done: index + 1, total: header.tables.length, rows: totalRows, bytes: 0 })
      }
      let mediaBytes = 0
      for (const [index, item] of media.entries()) {
        // Whole files (uploads are capped by MEDIA_MAX_FILE_SIZE_MB): a tar entry's size is fixed before its bytes.
        let data: Buffer
        try {
          data = fs.readFileSync(item.absolute)
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code
          if (code === 'ENOENT') continue // deleted since the listing (an editor deleted the image): reported below if the snapshot names it
          throw new BackupError(`Media file ${item.relative} could not be read (${code ?? (error as Error).message}).`)
        }
        await addBuffer(archive, entries, MEDIA_PREFIX + item.relative, data, item.mtime)
        archived.add(item.relative)
        mediaBytes += data.length
        progress({ phase: 'media', done: index + 1, total: media.length, rows: totalRows, bytes: mediaBytes })
      }
      const trailer: ArchiveTrailer = { entries: [...entries], rows, media: { files: archived.size, bytes: mediaBytes } }
      await addBuffer(archive, [], TRAILER_ENTRY, Buffer.from(JSON.stringify(trailer, null, 1)))
      archive.finalize()
      return trailer
    }
    // A failing disk rejects `written` while `fill` may wait for the stream forever: whichever fails first.
    const [trailer] = await Promise.race([Promise.all([fill(), written]), written.then(() => new Promise<never>(() => undefined))])
    fs.fsyncSync(fd)
    fs.closeSync(fd)
    fd = undefined
    fs.renameSync(partial, file)
    await client.query('COMMIT')

    return {
      file,
      tables: header.tables.length,
      rows: Object.values(trailer.rows).reduce((sum, count) => sum + count, 0),
      mediaFiles: trailer.media.files,
      mediaBytes: trailer.media.bytes,
      archiveBytes: fs.statSync(file).size,
      missingMedia: referencedMedia.filter((name) => !archived.has(name)),
    }
  } catch (error) {
    pack?.destroy()
    if (fd !== undefined) fs.closeSync(fd)
    fs.rmSync(partial, { force: true })
    throw error
  } finally {
    await client.end().catch(() => undefined)
  }
}

async function readHeader(client: pg.Client): Promise<ArchiveHeader> {
  const migrations = await readAppliedMigrations(client)
  const schema = await describeSchema(client)
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version')
  return {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    createdAt: new Date().toISOString(),
    postgresVersion: rows[0]!.server_version,
    migrations,
    schema,
    tables: await listTables(client),
    sequences: await readSequences(client, schema.sequences),
  }
}

async function readAppliedMigrations(client: pg.Client): Promise<string[]> {
  let rows: Array<{ name: string; batch: number | null }>
  try {
    ;({ rows } = await client.query<{ name: string; batch: number | null }>('SELECT name, batch FROM payload_migrations ORDER BY name'))
  } catch (error) {
    if ((error as { code?: string }).code === '42P01') {
      throw new BackupError('This database has no CMS schema yet (no payload_migrations table): there is nothing to back up.')
    }
    throw error
  }
  if (rows.some((row) => Number(row.batch) === -1)) {
    throw new BackupError(
      'This database was set up by schema push (DATABASE_PUSH=true), so no migrations describe its schema and npm run backup cannot restore it faithfully. Back it up with pg_dump of the server\u2019s major version.',
    )
  }
  return rows.map((row) => row.name)
}

/** File names that upload collections (tables with `filename` and `mime_type`) point to, resized copies included. */
async function readReferencedMedia(client: pg.Client): Promise<string[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = current_schema() AND (column_name = 'filename' OR column_name LIKE 'sizes\\_%\\_filename')
        AND table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'mime_type')
        AND table_name NOT LIKE '\\_%'`,
  )
  const names = new Set<string>()
  for (const { table, column } of columns) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT DISTINCT ${client.escapeIdentifier(column)} AS name FROM ${qualified(client, table)} WHERE ${client.escapeIdentifier(column)} IS NOT NULL`,
    )
    for (const row of rows) names.add(row.name)
  }
  return [...names].sort()
}

function addBuffer(pack: tar.Pack, entries: ArchiveTrailer['entries'], name: string, data: Buffer, mtime?: Date): Promise<void> {
  entries.push({ name, size: data.length, sha256: sha256(data) })
  return new Promise((resolve, reject) => {
    pack.entry({ name, size: data.length, mode: 0o600, mtime }, data, (error) => (error ? reject(error) : resolve()))
  })
}

/** COPY output cut into parts of about PART_BYTES that end at a row's end, so each part loads on its own. */
async function* wholeRowParts(copy: Readable): AsyncGenerator<Buffer> {
  let pending: Buffer[] = []
  let size = 0
  for await (const chunk of copy as AsyncIterable<Buffer>) {
    pending.push(chunk)
    size += chunk.length
    if (size < PART_BYTES) continue
    const joined = Buffer.concat(pending)
    const cut = joined.lastIndexOf(0x0a) + 1
    if (cut === 0) {
      pending = [joined]
      continue
    }
    yield joined.subarray(0, cut)
    pending = cut < joined.length ? [joined.subarray(cut)] : []
    size = joined.length - cut
  }
  if (size > 0) yield Buffer.concat(pending)
}
