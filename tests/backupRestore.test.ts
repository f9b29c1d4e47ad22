import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeNewEnumLabelsUsable } from '../src/backup/enumLabels'
import { restoreBackup } from '../src/backup/restoreBackup'
import { seed } from '../src/seed'
import { richText } from '../src/seed/lexical'
import { SAMPLE_USERS } from '../src/seed/sampleUsers'
import { apiClient, login } from './helpers/api'
import { freePort } from './helpers/freePort'
import { isAlive, makeDataDir, postmasterPid, spawnServer, waitForReady, type ServerProcess } from './helpers/serverProcess'
import { createTestDatabase, withClient } from './helpers/testDatabase'
import { startTestServer, type TestServer } from './helpers/testServer'
import { reviewStep } from './helpers/workflow'
import { png, uploadForm } from './helpers/uploads'

/**
 * The round trip an operator makes: npm run backup of a CMS with content (the sample content, a
 * draft in review with its versions and review events, a new user, an uploaded image with its
 * resized copies, a long Thai text), then npm run restore into an empty data directory (embedded
 * PostgreSQL) and the server started on it. Every table row, sequence and media file must come back
 * exactly, and the restored server must serve the same content.
 */
const projectRoot = path.resolve(import.meta.dirname, '..')
const adminUser = SAMPLE_USERS.find((user) => user.roles.includes('admin'))!
const editorUser = SAMPLE_USERS.find((user) => user.roles.includes('editor'))!

let source: TestServer
let adminToken: string
let work: string
let archive: string
let restoredDir: string
let embeddedPort: number
let restored: ServerProcess | undefined
let uploadedFilename: string
const dropLater: Array<() => Promise<void>> = []

type Run = { code: number; stdout: string; stderr: string }

/** What a script said on stderr besides its progress lines (indented by two spaces). */
const complaints = (run: Run) => run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('  '))

/** Runs one of the built operator scripts (dist/scripts, bundled by the test setup) like `npm run`. */
function runScript(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<Run> {
  const childEnv: Record<string, string> = { ...(process.env as Record<string, string>), NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env }
  if (!env.DATABASE_URI) delete childEnv.DATABASE_URI
  delete childEnv.PAYLOAD_SECRET
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=development', `dist/scripts/${script}.js`, ...args],
      { cwd: projectRoot, env: childEnv as NodeJS.ProcessEnv, timeout: 120_000, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    )
  })
}


/** Every table of the schema, each as its rows' text sorted, plus every sequence's state. */
async function snapshot(uri: string): Promise<Record<string, string[]>> {
  return withClient(uri, async (client) => {
    const tables = await client.query<{ name: string; kind: string }>(
      `SELECT relname AS name, relkind AS kind FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S') ORDER BY relname`,
    )
    const result: Record<string, string[]> = {}
    for (const { name, kind } of tables.rows) {
      const table = client.escapeIdentifier(name)
      const sql = kind === 'S' ? `SELECT last_value::text || '/' || is_called::text AS row FROM ${table}` : `SELECT t::text AS row FROM ${table} t`
      result[`${kind === 'S' ? 'sequence' : 'table'} ${name}`] = (await client.query<{ row: string }>(sql)).rows.map((r) => r.row).sort()
    }
    return result
  })
}

function mediaHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {}
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    hashes[path.relative(dir, file)] = createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  }
  return hashes
}

function embeddedUri(dataDir: string, port: number): string {
  const password = fs.readFileSync(path.join(dataDir, 'postgres.password'), 'utf8').trim()
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/clinic_cms`
}

async function objectCount(uri: string): Promise<number> {
  return withClient(uri, async (client) => {
    const { rows } = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM pg_class WHERE relnamespace = 'public'::regnamespace`)
    return rows[0]!.count
  })
}

/** The same documents, whichever server answers: URLs carry the server's own origin. */
const withoutOrigin = (body: unknown) => JSON.parse(JSON.stringify(body).replace(/https?:\/\/(localhost|127\.0\.0\.1):\d+/g, ''))

beforeAll(async () => {
  work = makeDataDir('backup')
  archive = path.join(work, 'backups', 'clinic.tar.gz')
  source = await startTestServer('backup-source')
  await seed(source.runtime.payload, { withUsers: true })
  adminToken = await login(source, adminUser.email, adminUser.password)
  const admin = apiClient(source, adminToken)

  const image = uploadForm(await png(320, 240, { noise: true }), 'ห้องรักษา-treatment-room.png', 'image/png', { alt: 'ห้องรักษาที่มีเตียงนวด' })
  const uploaded = await admin.post('/api/media', image)
  expect(uploaded.status).toBe(201)
  uploadedFilename = uploaded.body.doc.filename

  const user = await admin.post('/api/users', { email: 'backup.check@example.com', password: 'a long enough password', name: 'สมชาย ใจดี', roles: ['editor'] })
  expect(user.status).toBe(201)

  // A draft in review: versions, a review state and review events. Its body is long Thai text.
  const editorToken = await login(source, editorUser.email, editorUser.password)
  const longThai = Array.from({ length: 400 }, (_, index) => `ย่อหน้าที่ ${index + 1}: การฝังเข็มช่วยบรรเทาอาการปวด "quoted" \\ backslash\ttab`)
  const draft = await apiClient(source, editorToken).post('/api/articles?locale=en', {
    title: 'Backup round trip',
    slug: 'backup-round-trip',
    body: richText(['A draft that only the backup knows.']),
    heroImage: uploaded.body.doc.id,
  })
  expect(draft.status).toBe(201)
  const translated = await apiClient(source, editorToken).patch(`/api/articles/${draft.body.doc.id}?locale=th&draft=true`, {
    title: 'ทดสอบการสำรองข้อมูล',
    body: richText(longThai),
  })
  expect(translated.status).toBe(200)
  await reviewStep(source, editorToken, 'articles', draft.body.doc.id, 'submit', 'en')
}, 300_000)

afterAll(async () => {
  if (restored && restored.child.exitCode === null) {
    restored.child.kill('SIGTERM')
    await restored.exited
  }
  const pid = restoredDir ? postmasterPid(restoredDir) : undefined
  if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL')
  for (const drop of dropLater) await drop().catch(() => undefined)
  await source?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('write one archive readable by its owner only, without the login secret', async () => {
    const run = await runScript('backup', [archive], { DATABASE_URI: source.databaseUri, MEDIA_DIR: source.runtime.env.mediaDir })
    expect(complaints(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Backup written: .*clinic\.tar\.gz .*\d+ tables, [\d,]+ rows, \d+ media files/)
    expect(fs.statSync(archive).mode & 0o777).toBe(0o600)
    expect(fs.readdirSync(path.dirname(archive))).toEqual(['clinic.tar.gz'])
    const names = tarEntryNames(fs.readFileSync(archive))
    expect(names[0]).toBe('clinic-cms-backup.json')
    expect(names.at(-1)).toBe('clinic-cms-checksums.json')
    expect(names.filter((name) => !/^(database\/[^/]+\/\d{5}\.copy|media\/.+|clinic-cms-(backup|checksums)\.json)$/.test(name))).toEqual([])
    expect(names).toContain(`media/${uploadedFilename}`)
    expect(fs.readFileSync(archive).includes('test-secret-with-at-least-32-characters')).toBe(false)
  }, 120_000)

  it('restore into an empty data directory every row, sequence and media file of the backup', async () => {
    restoredDir = path.join(work, 'restored')
    fs.mkdirSync(restoredDir, { mode: 0o777 })
    fs.chmodSync(restoredDir, 0o777) // the embedded PostgreSQL may run as another user
    embeddedPort = await freePort()
    const run = await runScript('restore', [archive], { DATA_DIR: restoredDir, EMBEDDED_POSTGRES_PORT: String(embeddedPort) })
    expect(complaints(run)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Restored the backup of .*: \d+ tables, [\d,]+ rows, \d+ media files/)

    // The restore stopped the embedded server it started; the restored CMS starts it again.
    restored = await spawnServer({ dataDir: restoredDir, embeddedPort })
    await waitForReady(restored)
    const before = await snapshot(source.databaseUri)
    const after = await snapshot(embeddedUri(restoredDir, embeddedPort))
    expect(Object.keys(after)).toEqual(Object.keys(before))
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key])
    // What the round trip must carry, counted so that an empty table cannot pass unnoticed.
    for (const table of ['users', 'articles', '_articles_v', 'review_events', 'media', 'payload_migrations']) {
      expect(after[`table ${table}`]!.length, table).toBeGreaterThan(0)
    }
    expect(after['table _articles_v_locales']!.join('\n')).toContain('ย่อหน้าที่ 400: การฝังเข็มช่วยบรรเทาอาการปวด')
    expect(mediaHashes(path.join(restoredDir, 'media'))).toEqual(mediaHashes(source.runtime.env.mediaDir))
    expect(Object.keys(mediaHashes(path.join(restoredDir, 'media'))).length).toBeGreaterThan(1) // the upload and its resized copies
  }, 240_000) // a new cluster (initdb), the restore, then a server process: slow on a busy machine

  it('give a restored server that serves the same content, drafts, versions, review events and files', async () => {
    const restoredServer = { baseURL: `http://127.0.0.1:${restored!.port}` }
    const restoredAdmin = apiClient(restoredServer, await login(restoredServer, adminUser.email, adminUser.password))
    const sourceAdmin = apiClient(source, adminToken)
    const reads = [
      '/api/articles?draft=true&locale=all&depth=0&limit=100&sort=id',
      '/api/articles/versions?locale=all&depth=0&limit=200&sort=id',
      '/api/conditions?locale=all&depth=1&limit=100&sort=id',
      '/api/treatment-methods?locale=th&depth=0&limit=100&sort=id',
      '/api/contraindications?locale=en&depth=0&limit=100&sort=id',
      '/api/review-events?depth=0&limit=200&sort=id',
      '/api/review-states?depth=0&limit=200&sort=id',
      '/api/media?locale=all&depth=0&limit=100&sort=id',
      '/api/globals/clinic-profile?locale=all&depth=0',
    ]
    for (const read of reads) {
      const [expected, actual] = await Promise.all([sourceAdmin.get(read), restoredAdmin.get(read)])
      expect(actual.status, read).toBe(200)
      expect(withoutOrigin(actual.body), read).toEqual(withoutOrigin(expected.body))
    }
    const users = await restoredAdmin.get('/api/users?where[email][equals]=backup.check@example.com')
    expect(users.body.docs[0].name).toBe('สมชาย ใจดี')
    // Passwords are kept: the restored user can sign in.
    await login(restoredServer, 'backup.check@example.com', 'a long enough password')
    const file = await fetch(`${restoredServer.baseURL}/api/media/file/${encodeURIComponent(uploadedFilename)}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(fs.readFileSync(path.join(source.runtime.env.mediaDir, uploadedFilename)))).toBe(true)
  })

  it('refuse to restore over a database that is not empty without --force, and change nothing', async () => {
    const before = await snapshot(source.databaseUri)
    const emptyMedia = path.join(work, 'unused-media')
    await expect(restoreBackup({ databaseUri: source.databaseUri, mediaDir: emptyMedia, file: archive })).rejects.toThrow(
      /^The database is not empty \(\d+ tables, sequences or types, e\.g\. .+\): restore into an empty database, or pass --force to replace everything in it\.$/,
    )
    expect(await snapshot(source.databaseUri)).toEqual(before)
    expect(fs.existsSync(emptyMedia)).toBe(false)
  })

  it('replace a database and media folder that are not empty with --force', async () => {
    const target = await createTestDatabase('restore-force')
    dropLater.push(target.drop)
    const media = path.join(work, 'force-media')
    fs.mkdirSync(media)
    fs.writeFileSync(path.join(media, 'stale.png'), 'old')
    await withClient(target.uri, (client) => client.query(`CREATE TABLE users (id int); CREATE TYPE enum_leftover AS ENUM ('x')`))
    await expect(restoreBackup({ databaseUri: target.uri, mediaDir: media, file: archive })).rejects.toThrow(/not empty/)
    await restoreBackup({ databaseUri: target.uri, mediaDir: media, file: archive, force: true })
    expect(await snapshot(target.uri)).toEqual(await snapshot(source.databaseUri))
    expect(mediaHashes(media)).toEqual(mediaHashes(source.runtime.env.mediaDir))
    expect(fs.readdirSync(media).filter((name) => name.startsWith('.restore-'))).toEqual([])
  })

  it.each([
    ['a missing file', () => path.join(work, 'no-such-backup.tar.gz'), /^No such file: .*no-such-backup\.tar\.gz$/],
    ['a file that is not an archive', () => path.join(projectRoot, 'package.json'), /is not a clinic-cms backup archive \(not gzip data\)\.$/],
    ['a gzip file without a backup in it', () => write('other.gz', zlib.gzipSync('hello')), /is not a clinic-cms backup archive \(.+\)\.$/],
    ['an archive cut short', () => write('cut.tar.gz', fs.readFileSync(archive).subarray(0, Math.floor(fs.statSync(archive).size * 0.6))), /is damaged \(it ends unexpectedly\): nothing was restored\.$/],
    ['an archive without its checksums', () => write('no-trailer.tar.gz', withoutTrailer(fs.readFileSync(archive))), /is damaged \(it ends before its checksums: the backup was cut short\): nothing was restored\.$/],
    ['an archive with a damaged byte', () => write('flipped.tar.gz', flipByte(fs.readFileSync(archive))), /is damaged \(.+\): nothing was restored\.$/],
    ['an archive with a changed row', () => write('changed-row.tar.gz', withChangedUserRow(fs.readFileSync(archive))), /is damaged \(database\/users\/00000\.copy does not match its checksum\): nothing was restored\.$/],
  ])('refuse %s and leave the database and media folder empty', async (_what, makeFile, message) => {
    const target = await createTestDatabase('restore-bad')
    dropLater.push(target.drop)
    const media = path.join(work, `media-${randomBytes(3).toString('hex')}`)
    await expect(restoreBackup({ databaseUri: target.uri, mediaDir: media, file: makeFile() })).rejects.toThrow(message)
    expect(await objectCount(target.uri)).toBe(0)
    expect(fs.readdirSync(work).filter((name) => name.startsWith(path.basename(media)))).toEqual([])
  })

  it('say what is wrong with a damaged archive in one line and exit 1 (npm run restore)', async () => {
    // Cut inside the table data: the load fails in the middle of a COPY.
    const file = write('cut-early.tar.gz', fs.readFileSync(archive).subarray(0, Math.floor(fs.statSync(archive).size * 0.15)))
    const target = await createTestDatabase('restore-cli')
    dropLater.push(target.drop)
    const run = await runScript('restore', [file], { DATABASE_URI: target.uri, MEDIA_DIR: path.join(work, 'cli-media') })
    expect(run.code).toBe(1)
    expect(complaints(run)).toEqual([expect.stringMatching(/cut-early\.tar\.gz is damaged \(it ends unexpectedly\): nothing was restored\.$/)])
    expect(await objectCount(target.uri)).toBe(0)
    expect(fs.existsSync(path.join(work, 'cli-media'))).toBe(false)
  }, 120_000)
})

describe('restore on PostgreSQL before 17', () => {
  it('makes enum values that a replayed migration added usable in the same transaction', async () => {
    // Before 17, a value added by ALTER TYPE … ADD VALUE cannot be used until its transaction
    // commits; 17 exempts types created in the same transaction. A type from an earlier
    // transaction shows the older servers' behaviour on every version.
    const target = await createTestDatabase('restore-enum')
    dropLater.push(target.drop)
    await withClient(target.uri, async (client) => {
      await client.query(`CREATE TYPE enum_action AS ENUM ('submit', 'reset'); CREATE TABLE events (id serial, action enum_action NOT NULL DEFAULT 'submit', seen enum_action[])`)
      await client.query('BEGIN')
      await client.query(`ALTER TYPE enum_action ADD VALUE 'publish' BEFORE 'reset'`)
      await expect(client.query(`SELECT 'publish'::enum_action`)).rejects.toMatchObject({ code: '55P04' })
      await client.query('ROLLBACK')
      await client.query('BEGIN')
      await client.query(`ALTER TYPE enum_action ADD VALUE 'publish' BEFORE 'reset'`)
      expect(await makeNewEnumLabelsUsable(client)).toEqual(['enum_action'])
      await client.query(`INSERT INTO events (seen) VALUES ('{publish,reset}'), (NULL)`)
      await client.query('COMMIT')
      const { rows } = await client.query(`SELECT action::text, seen::text[], enum_range(NULL::enum_action)::text[] AS labels FROM events ORDER BY id`)
      expect(rows).toEqual([
        { action: 'submit', seen: ['publish', 'reset'], labels: ['submit', 'publish', 'reset'] },
        { action: 'submit', seen: null, labels: ['submit', 'publish', 'reset'] },
      ])
    })
  })
})

function write(name: string, data: Buffer): string {
  const file = path.join(work, name)
  fs.writeFileSync(file, data)
  return file
}

/** One byte changed in the middle of the compressed data (the gzip check or our checksums must notice). */
function flipByte(data: Buffer): Buffer {
  const copy = Buffer.from(data)
  const at = Math.floor(copy.length / 2)
  copy[at] = copy[at]! ^ 0x55
  return copy
}

/** Names of a .tar.gz's entries, read with nothing but zlib (ustar headers, pax path records). */
function tarEntryNames(gz: Buffer): string[] {
  const tar = zlib.gunzipSync(gz)
  const names: string[] = []
  let paxPath: string | undefined
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512)
    if (header.every((byte) => byte === 0)) break
    const field = (start: number, length: number) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '')
    const size = parseInt(field(124, 12).trim() || '0', 8)
    const type = field(156, 1)
    const body = tar.subarray(offset + 512, offset + 512 + size)
    if (type === 'x') paxPath = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1]
    else {
      const prefix = field(345, 155)
      names.push(paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)))
      paxPath = undefined
    }
    offset += 512 + Math.ceil(size / 512) * 512
  }
  return names
}

/** The archive re-packed without its last entry (the checksums), as if the backup had stopped just before it. */
function withoutTrailer(gz: Buffer): Buffer {
  return repack(gz, (name) => name !== 'clinic-cms-checksums.json')
}

/** The archive re-packed with one user's e-mail changed in the table data: well-formed, but not what was backed up. */
function withChangedUserRow(gz: Buffer): Buffer {
  return repack(gz, () => true, (name, body) => (name === 'database/users/00000.copy' ? Buffer.from(body.toString('utf8').replace('backup.check@', 'backup.evil@')) : body))
}

/** Rewrites a .tar.gz entry by entry (plain ustar blocks; pax records kept as they are). */
function repack(gz: Buffer, keep: (name: string) => boolean, change: (name: string, body: Buffer) => Buffer = (_n, body) => body): Buffer {
  const tar = zlib.gunzipSync(gz)
  const blocks: Buffer[] = []
  let pending: Buffer[] = []
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = Buffer.from(tar.subarray(offset, offset + 512))
    if (header.every((byte) => byte === 0)) break
    const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8)
    const body = tar.subarray(offset + 512, offset + 512 + size)
    offset += 512 + Math.ceil(size / 512) * 512
    const type = String.fromCharCode(header[156]!)
    if (type === 'x') {
      pending.push(header, pad(body))
      continue
    }
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '')
    if (!keep(name)) {
      pending = []
      continue
    }
    const changed = change(name, Buffer.from(body))
    if (changed.length !== size) {
      header.write(changed.length.toString(8).padStart(11, '0') + '\0', 124, 12, 'utf8')
      header.fill(' ', 148, 156)
      header.write((header.reduce((sum, byte) => sum + byte, 0).toString(8).padStart(6, '0')) + '\0 ', 148, 8, 'utf8')
    }
    blocks.push(...pending, header, pad(changed))
    pending = []
  }
  blocks.push(Buffer.alloc(1024))
  return zlib.gzipSync(Buffer.concat(blocks))
}

function pad(body: Buffer): Buffer {
  return Buffer.concat([body, Buffer.alloc((512 - (body.length % 512)) % 512)])
}
