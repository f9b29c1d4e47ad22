// Starts the built production server (what `npm start` runs) as a direct child process, for the
// CI smoke test and the benchmark. Direct, not through npm, so that SIGTERM reaches the server and
// its exit code is the server's own.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const START_SCRIPT = 'NODE_ENV=production node --conditions=production dist/server.js'

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** @param {{ databaseUri?: string, env?: Record<string, string>, label: string }} options */
export async function startProductionServer({ databaseUri, env: extraEnv = {}, label }) {
  const startScript = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts.start
  if (startScript !== START_SCRIPT) throw new Error(`package.json start script changed: update scripts/productionServer.mjs (${startScript})`)

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `clinic-cms-${label}-`))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVER_URL: base,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    ...extraEnv,
  }
  if (databaseUri) env.DATABASE_URI = databaseUri
  else delete env.DATABASE_URI

  const started = performance.now()
  const child = spawn('node', ['--conditions=production', 'dist/server.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))

  return {
    base,
    child,
    output: () => output,
    /** Resolves with the milliseconds from spawn to the first /readyz 200. */
    async waitUntilReady(timeoutMs = 180_000) {
      while (performance.now() - started < timeoutMs) {
        if (child.exitCode !== null) throw new Error(`server exited during start:\n${output}`)
        try {
          if ((await fetch(`${base}/readyz`)).status === 200) return Math.round(performance.now() - started)
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`server not ready after ${timeoutMs} ms:\n${output}`)
    },
    /** SIGTERM, then the exit code and signal (SIGKILL after 30 s). Removes the data folder. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
      const result = await exited
      clearTimeout(timer)
      fs.rmSync(dataDir, { recursive: true, force: true })
      return result
    },
  }
}
