import { cpuSeconds } from './cpu'
import type { SoakRequest } from './http'
import type { Ledger } from './ledger'
import { reviseLongDraft } from './longDraft'
import { sampleRss, type RssSample } from './memory'
import type { SoakOptions } from './options'
import { anonymousReader, type SampleSlugs } from './readers'
import { formatClock } from './report'
import type { SoakStaff } from './staff'
import type { Stats } from './stats'
import { runStory, type StoryContext } from './story'

export type LoadResult = { loadMs: number; rss: RssSample[]; serverCpuSeconds: number; storiesStarted: number }

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * All actors at once until the time is up (or `interrupted`): the readers, the stories in flight
 * and the long draft. Samples the server's RSS every second and prints a progress line.
 */
export async function runLoad(args: {
  options: SoakOptions
  request: SoakRequest
  stats: Stats
  staff: SoakStaff
  slugs: SampleSlugs
  ledger: Ledger
  serverPid: number
  run: string
  say: (line: string) => void
  interrupted?: AbortSignal
}): Promise<LoadResult> {
  const { options, request, stats, staff, slugs, ledger, serverPid, say, interrupted } = args
  const started = performance.now()
  const elapsed = () => performance.now() - started
  const running = () => elapsed() < options.durationMs && !interrupted?.aborted
  // Jittered, so the actors do not march in step.
  const pause = () => sleep(options.thinkMs * (0.5 + Math.random()))
  const context: StoryContext = { request, staff, ledger, run: args.run, running, pause }

  const rss = sampleRss(serverPid)
  const cpuAtStart = cpuSeconds(serverPid) ?? 0
  let last = { at: 0, cpu: cpuAtStart }
  const progress = setInterval(() => {
    const now = { at: elapsed(), cpu: cpuSeconds(serverPid) ?? last.cpu }
    const cpuShare = Math.round((100 * (now.cpu - last.cpu) * 1000) / Math.max(1, now.at - last.at))
    last = now
    const mb = rss.latest()
    say(
      `soak ${formatClock(now.at)}/${formatClock(options.durationMs)}: ${stats.requests} requests, ${stats.errors} errors, ` +
        `${ledger.publishedDocuments.length} stories published, RSS ${mb === undefined ? '?' : Math.round(mb)} MB, server CPU ${cpuShare}%`,
    )
  }, options.progressEveryMs)

  let nextStory = 1
  const read = anonymousReader(request, slugs, ledger)
  try {
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
  } finally {
    clearInterval(progress)
    rss.stop()
  }
  return { loadMs: elapsed(), rss: rss.samples, serverCpuSeconds: (cpuSeconds(serverPid) ?? cpuAtStart) - cpuAtStart, storiesStarted: nextStory - 1 }
}
