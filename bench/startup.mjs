// npm run bench: startup and footprint of the production server (run `npm run build` first).
// Measures: cold start to the first /readyz 200 (fresh embedded database: initdb + migrations,
// or DATABASE_URI), RSS of the idle server, and REST list throughput (GET /api/media?limit=10,
// 10 concurrent clients for 5 s, client on the same machine). Prints one JSON line at the end.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const rssMb = (pid) => {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Math.round(Number(line.split(/\s+/)[1]) / 1024)
}

if (!fs.existsSync('dist/server.js') || !fs.existsSync('.next/BUILD_ID')) {
  console.error('bench: run `npm run build` first')
  process.exit(1)
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clinic-cms-bench-'))
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
  LOG_LEVEL: 'warn',
}
const started = performance.now()
const server = spawn('node', ['--conditions=production', 'dist/server.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] })
const result = { database: env.DATABASE_URI ? 'external' : 'embedded (fresh)' }
try {
  while (true) {
    if (server.exitCode !== null) throw new Error('server exited during start')
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) break
    } catch {
      // not listening yet
    }
    if (performance.now() - started > 120_000) throw new Error('not ready after 120 s')
    await sleep(50)
  }
  result.coldStartToReadyMs = Math.round(performance.now() - started)
  await sleep(5_000)
  result.idleRssMb = rssMb(server.pid)

  let requests = 0
  let errors = 0
  const until = performance.now() + 5_000
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < until) {
        const response = await fetch(`${base}/api/media?limit=10&depth=0`)
        await response.arrayBuffer()
        if (response.status === 200) requests++
        else errors++
      }
    }),
  )
  result.restListRequestsPerSecond = Math.round(requests / 5)
  result.restErrors = errors
  result.rssAfterLoadMb = rssMb(server.pid)
} finally {
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  fs.rmSync(dataDir, { recursive: true, force: true })
}
console.log(`cold start to /readyz 200: ${result.coldStartToReadyMs} ms (${result.database} database)`)
console.log(`idle RSS: ${result.idleRssMb} MB; after load: ${result.rssAfterLoadMb} MB`)
console.log(`REST list (10 clients, 5 s): ${result.restListRequestsPerSecond} req/s, ${result.restErrors} errors`)
console.log(JSON.stringify(result))
