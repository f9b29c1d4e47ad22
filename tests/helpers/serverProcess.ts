import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from './freePort'
import { openRunLog } from './runLog'

const projectRoot = path.resolve(import.meta.dirname, '../..')

export type ServerProcess = {
  child: ChildProcess
  port: number
  dataDir: string
  output: () => string
  stderr: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Makes a folder every user can enter (the embedded postgres may run as another user). */
export function makeDataDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-cms-${label}-`))
  fs.chmodSync(dir, 0o777)
  return dir
}

/**
 * Runs the real server (`node dist/server.js`, what `npm run dev` and `npm start` run; the test
 * setup bundles it from src first) as
 * a separate process, API only, with an embedded database in its own data folder.
 */
export async function spawnServer(options: {
  dataDir: string
  env?: Record<string, string>
  embeddedPort?: number
  /** uid/gid to run as (root only); setpriv execs, so the child pid is the server's own. */
  runAs?: { uid: number; gid: number }
}): Promise<ServerProcess> {
  const port = await freePort()
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: options.dataDir,
    EMBEDDED_POSTGRES_PORT: String(options.embeddedPort ?? (await freePort())),
    SERVE_ADMIN: 'false',
    LOG_LEVEL: 'info',
    SHUTDOWN_TIMEOUT_MS: '10000',
    // Only the test that checks it pays for seeding the sample content.
    SEED_ON_START: 'false',
    ...options.env,
  }
  if (!options.env?.DATABASE_URI) delete env.DATABASE_URI
  delete env.PAYLOAD_SECRET
  const command = ['node', '--conditions=development', 'dist/server.js']
  const child: ChildProcess = options.runAs
    ? spawn('setpriv', [`--reuid=${options.runAs.uid}`, `--regid=${options.runAs.gid}`, '--clear-groups', 'env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...command], {
        cwd: projectRoot,
        env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin' } as unknown as NodeJS.ProcessEnv,
      })
    : spawn(command[0]!, command.slice(1), { cwd: projectRoot, env: env as NodeJS.ProcessEnv })
  let out = ''
  let err = ''
  // Its whole output goes to the run's log folder too (scanned for secrets at the end of the run).
  const runLog = openRunLog(`server-process-${path.basename(options.dataDir)}`, env.NODE_ENV!)
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk
    runLog.write(chunk)
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    err += chunk
    runLog.write(chunk)
  })
  child.once('close', () => runLog.close())
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, port, dataDir: options.dataDir, output: () => out, stderr: () => err, exited }
}

export async function waitForReady(server: ServerProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  void server.exited.then(() => (exited = true))
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/readyz`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server not ready (exited: ${exited})\nstdout:\n${server.output()}\nstderr:\n${server.stderr()}`)
}

export function postmasterPid(dataDir: string): number | undefined {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0])
  } catch {
    return undefined
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
