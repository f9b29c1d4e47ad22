import { randomBytes } from 'node:crypto'

import { contentVersions } from '../collections/versions'
import { cpuSeconds } from './cpu'
import { soakClient } from './http'
import { Ledger } from './ledger'
import { reviseLongDraft } from './longDraft'
import { rssGrowth, sampleRss } from './memory'
import type { SoakOptions } from './options'
import { anonymousReader, readSampleSlugs } from './readers'
import { checkLines, formatClock, operationTable, problemLines, refusalLines } from './report'
import { startSoakServer } from './server'
import { createSoakStaff } from './staff'
import { Stats } from './stats'
import { runStory, type StoryContext } from './story'
import { verifyWrites, type Check } from './verify'

export type SoakResult = {
  passed: boolean
  checks: Check[]
  /** The summary as printed: operation table, refusals, problems, checks and counts. */
  summary: string
  counts: { requests: number; writesVerified: number; documents: number; versions: number; storiesPublished: number }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const MAX_PER_DOC = typeof contentVersions === 'object' && contentVersions.maxPerDoc ? contentVersions.maxPerDoc : 100

/** Server log lines at error level (ours say "level":"error", Payload's pino says "level":50). */
function serverErrorLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    try {
      const level = (JSON.parse(line) as { level?: unknown }).level
      return level === 'error' || level === 'fatal' || (typeof level === 'number' && level >= 50)
    } catch {
      return false
    }
  })
}

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
  say(
    `soak: ${formatClock(options.durationMs)} of load (warm-up ${formatClock(options.warmupMs)}), ${options.readers} anonymous readers, ` +
      `${options.stories} stories in flight and one long draft, ${options.thinkMs} ms between requests`,
  )
  const server = await startSoakServer(say)
  try {
    const stats = new Stats()
    const request = soakClient(server.base, stats)
    const staff = await createSoakStaff(request)
    const slugs = await readSampleSlugs(request)
    const ledger = new Ledger()

    const started = performance.now()
    const elapsed = () => performance.now() - started
    const running = () => elapsed() < options.durationMs && !interrupted?.aborted
    // Jittered, so the actors do not march in step.
    const pause = () => sleep(options.thinkMs * (0.5 + Math.random()))
    const context: StoryContext = { request, staff, ledger, run: randomBytes(3).toString('hex'), running, pause }
    const rss = sampleRss(server.pid)
    const cpuAtStart = cpuSeconds(server.pid) ?? 0
    let last = { at: 0, cpu: cpuAtStart }
    const progress = setInterval(() => {
      const mb = rss.latest()
      const now = { at: elapsed(), cpu: cpuSeconds(server.pid) ?? last.cpu }
      const cpuShare = Math.round((100 * (now.cpu - last.cpu) * 1000) / Math.max(1, now.at - last.at))
      last = now
      say(
        `soak ${formatClock(now.at)}/${formatClock(options.durationMs)}: ${stats.requests} requests, ${stats.errors} errors, ` +
          `${ledger.publishedDocuments.length} stories published, RSS ${mb === undefined ? '?' : Math.round(mb)} MB, server CPU ${cpuShare}%`,
      )
    }, options.progressEveryMs)

    let nextStory = 1
    const read = anonymousReader(request, slugs, ledger)
    await Promise.all([
      ...Array.from({ length: options.readers }, async () => {
        while (running()) {
          await read()
          await pause()
        }
      }),
      ...Array.from({ length: options.stories }, async () => {
        while (running()) {
          await runStory(context, nextStory++)
          await pause()
        }
      }),
      reviseLongDraft(context),
    ])
    clearInterval(progress)
    rss.stop()
    const loadMs = elapsed()
    const serverCpu = (cpuSeconds(server.pid) ?? cpuAtStart) - cpuAtStart
    if (interrupted?.aborted) {
      const summary = `soak interrupted after ${formatClock(loadMs)} of load: nothing verified\n\n${operationTable(stats)}`
      return { passed: false, checks: [{ name: 'the soak ran to the end', passed: false, detail: 'interrupted' }], summary, counts: { requests: stats.requests, writesVerified: 0, documents: 0, versions: 0, storiesPublished: 0 } }
    }
    say(`soak: load stopped after ${formatClock(loadMs)}; verifying ${ledger.documents.length} documents`)

    const writes = await verifyWrites({ request, staff, ledger, server, maxPerDoc: MAX_PER_DOC })
    const growth = rssGrowth(rss.samples, options.warmupMs)
    const errorLines = serverErrorLines(server.output())
    const requests = stats.requests
    const checks: Check[] = [
      {
        name: 'the server process ran to the end',
        passed: !server.exited(),
        detail: server.exited() ? `it exited during the soak; its last lines:\n${server.output().split('\n').slice(-10).join('\n')}` : `pid ${server.pid}`,
      },
      { name: 'no unexpected errors', passed: stats.errors === 0, detail: `${stats.errors} of ${requests} requests` },
      { name: 'no 5xx and no unanswered requests', passed: stats.serverFailures === 0, detail: `${stats.serverFailures}` },
      {
        name: 'the pipeline ran: stories published and read back',
        passed: ledger.publishedDocuments.length > 0,
        detail: `${ledger.publishedDocuments.length} stories published of ${nextStory - 1} started`,
      },
      ...writes.checks,
      growth
        ? {
            name: `server RSS growth after warm-up ≤ ${options.rssGrowthBoundMb} MB`,
            passed: growth.growthMb <= options.rssGrowthBoundMb,
            detail:
              `${growth.growthMb >= 0 ? '+' : ''}${growth.growthMb.toFixed(1)} MB (median of the last quarter ${growth.lastQuarterMb.toFixed(1)} − first quarter ` +
              `${growth.firstQuarterMb.toFixed(1)}; ${growth.samples} samples after ${formatClock(options.warmupMs)} of warm-up; lowest ${growth.firstQuarterLowMb.toFixed(0)} → ` +
              `${growth.lastQuarterLowMb.toFixed(0)} MB; ${growth.startMb.toFixed(0)} MB at the start, peak ${growth.peakMb.toFixed(0)} MB)`,
          }
        : { name: 'server RSS growth after warm-up', passed: false, detail: `too few RSS samples (${rss.samples.length}): is /proc readable?` },
    ]
    const counts = {
      requests,
      writesVerified: writes.counts.savesInHistory,
      documents: writes.counts.documents,
      versions: writes.counts.versions,
      storiesPublished: ledger.publishedDocuments.length,
    }
    const passed = checks.every((check) => check.passed)
    const refusals = refusalLines(stats)
    const problems = problemLines(stats)
    const summary = [
      `soak summary: ${formatClock(loadMs)} of load, ${requests} requests (${(requests / (loadMs / 1000)).toFixed(1)}/s), ` +
        `${options.readers} readers, ${options.stories} stories in flight, one long draft; ` +
        `the server used ${serverCpu.toFixed(0)} s of CPU (${Math.round((100 * serverCpu * 1000) / loadMs)}% of one core)`,
      '',
      operationTable(stats),
      '',
      refusals.length ? `expected refusals (not errors):\n${refusals.join('\n')}` : 'expected refusals: none',
      ...(problems.length ? ['', `unexpected answers:\n${problems.join('\n')}`] : []),
      ...(errorLines.length ? ['', `server log, error level (${errorLines.length} lines, not a check):\n${errorLines.slice(0, 5).map((line) => `  ${line.slice(0, 500)}`).join('\n')}`] : []),
      '',
      'checks:',
      ...checkLines(checks),
      '',
      `counts: ${counts.requests} requests, ${counts.writesVerified} acknowledged saves verified in the version history ` +
        `(${writes.counts.saves} acknowledged, ${writes.counts.savesPruned} pruned past maxPerDoc ${MAX_PER_DOC}), ${counts.documents} documents ` +
        `(${counts.storiesPublished} published), ${counts.versions} versions`,
      `soak ${passed ? 'PASSED' : 'FAILED'}`,
    ].join('\n')
    return { passed, checks, summary, counts }
  } finally {
    await server.stop()
  }
}
