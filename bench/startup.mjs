// npm run bench: startup and footprint of the production server (run `npm run build` first).
// Measures: cold start to the first /readyz 200 (fresh embedded database: initdb + migrations,
// or DATABASE_URI), RSS of the idle server, and REST list throughput (GET /api/media?limit=10,
// 10 concurrent clients for 5 s, client on the same machine), and the server-side render time of
// website pages and the kiosk shell (with DATABASE_URI pointing at a seeded database, the sample
// content's pages). Prints one JSON line at the end.
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

  // Website pages render on the server from the public API over loopback: median of 20 sequential GETs.
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]
  result.websiteMedianMs = {}
  for (const path of ['/th', '/th/conditions', '/en/articles', '/kiosk']) {
    const times = []
    for (let i = 0; i < 20; i++) {
      const started = performance.now()
      const response = await fetch(`${base}${path}`)
      await response.arrayBuffer()
      if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
      times.push(performance.now() - started)
    }
    result.websiteMedianMs[path] = Math.round(median(times))
  }
} finally {
  await server.stop()
}
console.log(`cold start to /readyz 200: ${result.coldStartToReadyMs} ms (${result.database} database)`)
console.log(`idle RSS: ${result.idleRssMb} MB; after load: ${result.rssAfterLoadMb} MB`)
console.log(`REST list (10 clients, 5 s): ${result.restListRequestsPerSecond} req/s, ${result.restErrors} errors`)
console.log(`website pages, median of 20: ${Object.entries(result.websiteMedianMs).map(([path, ms]) => `${path} ${ms} ms`).join(', ')}`)
console.log(JSON.stringify(result))
