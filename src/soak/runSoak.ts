import { randomBytes } from 'node:crypto'

import { contentVersions } from '../collections/versions'
import { soakClient } from './http'
import { Ledger } from './ledger'
import { runLoad } from './load'
import { rssCheck } from './memory'
import type { SoakOptions } from './options'
import { readSampleSlugs } from './readers'
import { formatClock, operationTable, summaryText } from './report'
import { startSoakServer } from './server'
import { createSoakStaff } from './staff'
import { Stats } from './stats'
import { verifyWrites, type Check } from './verify'

export type SoakResult = {
  passed: boolean
  checks: Check[]
  /** The summary as printed: operation table, refusals, problems, checks and counts. */
  summary: string
  counts: { requests: number; writesVerified: number; documents: number; versions: number; storiesPublished: number }
}

const MAX_PER_DOC = typeof contentVersions === 'object' && contentVersions.maxPerDoc ? contentVersions.maxPerDoc : 100

/**
 * The soak: the production server on an embedded PostgreSQL with the sample content, a mixed load
 * for `options.durationMs`, then the checks. Prints a progress line every 10 s and returns the
 * summary; never throws for a failed check (only when the server cannot be started).
 */
export async function runSoak(
  options: SoakOptions,
  say: (line: string) => void = (line) => console.log(line),
  /** Aborted (Ctrl-C): the load stops, nothing is verified, the server and database are stopped. */
  interrupted?: AbortSignal,
): Promise<SoakResult> {
  const actors = `${options.readers} anonymous readers, ${options.stories} stories in flight and one long draft`
  say(`soak: ${formatClock(options.durationMs)} of load (warm-up ${formatClock(options.warmupMs)}), ${actors}, ${options.thinkMs} ms between requests`)
  const server = await startSoakServer(say)
  try {
    const stats = new Stats()
    const request = soakClient(server.base, stats)
    const staff = await createSoakStaff(request)
    const slugs = await readSampleSlugs(request)
    const ledger = new Ledger()
    const run = randomBytes(3).toString('hex')
    const load = await runLoad({ options, request, stats, staff, slugs, ledger, serverPid: server.pid, run, say, interrupted })

    if (interrupted?.aborted) {
      return {
        passed: false,
        checks: [{ name: 'the soak ran to the end', passed: false, detail: 'interrupted' }],
        summary: `soak interrupted after ${formatClock(load.loadMs)} of load: nothing verified\n\n${operationTable(stats)}`,
        counts: { requests: stats.requests, writesVerified: 0, documents: 0, versions: 0, storiesPublished: 0 },
      }
    }
    say(`soak: load stopped after ${formatClock(load.loadMs)}; verifying ${ledger.documents.length} documents`)

    const writes = await verifyWrites({ request, staff, ledger, server, maxPerDoc: MAX_PER_DOC })
    const published = ledger.publishedDocuments.length
    const checks: Check[] = [
      {
        name: 'the server process ran to the end',
        passed: !server.exited(),
        detail: server.exited() ? `it exited during the soak; its last lines:\n${server.output().split('\n').slice(-10).join('\n')}` : `pid ${server.pid}`,
      },
      { name: 'no unexpected errors', passed: stats.errors === 0, detail: `${stats.errors} of ${stats.requests} requests` },
      { name: 'no 5xx and no unanswered requests', passed: stats.serverFailures === 0, detail: `${stats.serverFailures}` },
      { name: 'the pipeline ran: stories published and read back', passed: published > 0, detail: `${published} stories published of ${load.storiesStarted} started` },
      ...writes.checks,
      rssCheck(load.rss, options.warmupMs, options.rssGrowthBoundMb),
    ]
    const counts = {
      requests: stats.requests,
      writesVerified: writes.counts.savesInHistory,
      documents: writes.counts.documents,
      versions: writes.counts.versions,
      storiesPublished: published,
    }
    const summary = summaryText({
      stats,
      checks,
      loadMs: load.loadMs,
      serverCpuSeconds: load.serverCpuSeconds,
      actors,
      serverOutput: server.output(),
      counts:
        `${counts.requests} requests, ${counts.writesVerified} acknowledged saves verified in the version history ` +
        `(${writes.counts.saves} acknowledged, ${writes.counts.savesPruned} pruned past maxPerDoc ${MAX_PER_DOC}), ` +
        `${counts.documents} documents (${published} published), ${counts.versions} versions`,
    })
    return { passed: checks.every((check) => check.passed), checks, summary, counts }
  } finally {
    await server.stop()
  }
}
