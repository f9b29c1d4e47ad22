import fs from 'node:fs'

import { formatClock } from './report'
import { median } from './stats'
import type { Check } from './verify'

export type RssSample = { atMs: number; mb: number }

/** Resident set size of a process in MB, from /proc/<pid>/status (Linux). */
export function rssMb(pid: number): number | undefined {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:'))
    return line ? Number(line.split(/\s+/)[1]) / 1024 : undefined
  } catch {
    return undefined
  }
}

/** Samples the server's RSS once a second from the start of the load. */
export function sampleRss(pid: number, everyMs = 1_000) {
  const samples: RssSample[] = []
  const started = performance.now()
  const take = () => {
    const mb = rssMb(pid)
    if (mb !== undefined) samples.push({ atMs: performance.now() - started, mb })
  }
  take()
  const timer = setInterval(take, everyMs)
  return {
    samples,
    latest: () => samples.at(-1)?.mb,
    stop: () => clearInterval(timer),
  }
}

export type RssGrowth = {
  /** Samples after warm-up that were judged. */
  samples: number
  firstQuarterMb: number
  lastQuarterMb: number
  growthMb: number
  /** Lowest sample of the first and of the last quarter: what the heap falls back to after a collection. */
  firstQuarterLowMb: number
  lastQuarterLowMb: number
  peakMb: number
  startMb: number
}

/**
 * Growth after warm-up: median of the last quarter of the samples minus median of the first
 * quarter. Medians, so that one garbage collection (or one moment before it) does not decide.
 */
export function rssGrowth(samples: RssSample[], warmupMs: number): RssGrowth | undefined {
  const judged = samples.filter((sample) => sample.atMs >= warmupMs).map((sample) => sample.mb)
  if (judged.length < 8) return undefined
  const quarter = Math.floor(judged.length / 4)
  const first = judged.slice(0, quarter)
  const last = judged.slice(-quarter)
  return {
    samples: judged.length,
    firstQuarterMb: median(first),
    lastQuarterMb: median(last),
    growthMb: median(last) - median(first),
    firstQuarterLowMb: Math.min(...first),
    lastQuarterLowMb: Math.min(...last),
    peakMb: Math.max(...samples.map((sample) => sample.mb)),
    startMb: samples[0]?.mb ?? 0,
  }
}

/** The memory check: RSS growth after warm-up within the bound, with the numbers it was judged on. */
export function rssCheck(samples: RssSample[], warmupMs: number, boundMb: number): Check {
  const growth = rssGrowth(samples, warmupMs)
  if (!growth) return { name: 'server RSS growth after warm-up', passed: false, detail: `too few RSS samples (${samples.length}): is /proc readable?` }
  const mb = (value: number) => value.toFixed(0)
  return {
    name: `server RSS growth after warm-up ≤ ${boundMb} MB`,
    passed: growth.growthMb <= boundMb,
    detail:
      `${growth.growthMb >= 0 ? '+' : ''}${growth.growthMb.toFixed(1)} MB (median of the last quarter ${growth.lastQuarterMb.toFixed(1)} − first quarter ` +
      `${growth.firstQuarterMb.toFixed(1)}; ${growth.samples} samples after ${formatClock(warmupMs)} of warm-up; lowest ${mb(growth.firstQuarterLowMb)} → ` +
      `${mb(growth.lastQuarterLowMb)} MB; ${mb(growth.startMb)} MB at the start, peak ${mb(growth.peakMb)} MB)`,
  }
}
