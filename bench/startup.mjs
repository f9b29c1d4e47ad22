// npm run bench: startup and footprint of the production server (run `npm run build` first).
// Measures: cold start to the first /readyz 200 (fresh embedded database: initdb + migrations,
// or DATABASE_URI), RSS of the idle server, and REST list throughput (GET /api/media?limit=10,
// 10 concurrent clients for 5 s, client on the same machine). Prints one JSON line at the end.
import fs from 'node:fs'

import { startProductionServer } from '../scripts/productionServer.mjs'

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
const rssMb = (pid) => {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))
  return Math.round(Number(line.split(/\s+/)[1]) / 1024)
}

if (!fs.existsSync('dist/server.js') || !fs.existsSync('.next/BUILD_ID')) {
  console.error('bench: run `npm run build` first')
  process.exit(1)
}
const server = await startProductionServer({ databaseUri: process.env.DATABASE_URI, env: { LOG_LEVEL: 'warn' }, label: 'bench' })
const { base } = server
const result = { database: process.env.DATABASE_URI ? 'external' : 'embedded (fresh)' }
try {
  result.coldStartToReadyMs = await server.waitUntilReady()
  await sleep(5_000)
  result.idleRssMb = rssMb(server.child.pid)

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
  result.rssAfterLoadMb = rssMb(server.child.pid)
} finally {
  await server.stop()
}
console.log(`cold start to /readyz 200: ${result.coldStartToReadyMs} ms (${result.database} database)`)
console.log(`idle RSS: ${result.idleRssMb} MB; after load: ${result.rssAfterLoadMb} MB`)
console.log(`REST list (10 clients, 5 s): ${result.restListRequestsPerSecond} req/s, ${result.restErrors} errors`)
console.log(JSON.stringify(result))
