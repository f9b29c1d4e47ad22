/** What one soak run does: how long, how many actors, and the memory bound it is held to. */
export type SoakOptions = {
  durationMs: number
  /** RSS samples before this are not judged: the heap and caches fill up first. */
  warmupMs: number
  /** Anonymous readers, each sending one request after another with a short pause. */
  readers: number
  /** Stories (documents going through the whole pipeline) in flight at once. */
  stories: number
  /** Pause of each actor between two requests. */
  thinkMs: number
  /**
   * Allowed RSS growth after warm-up: median of the last quarter minus median of the first quarter.
   * Above the height of V8's garbage-collection sawtooth (see docs/operations.md, Soak).
   */
  rssGrowthBoundMb: number
  progressEveryMs: number
}

export const DEFAULTS = {
  duration: '10m',
  readers: 4,
  stories: 3,
  thinkMs: 100,
  rssGrowthBoundMb: 128,
  progressEveryMs: 10_000,
}

export class SoakUsageError extends Error {
  override name = 'SoakUsageError'
}

/** `90` (seconds), `500ms`, `60s`, `10m`, `1h`, `1m30s`. */
export function parseDuration(text: string): number {
  const trimmed = text.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const parts = [...trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)]
  if (!parts.length || parts.map((part) => part[0]).join('') !== trimmed) {
    throw new SoakUsageError(`"${text}" is not a duration: use e.g. 90s, 10m, 1h or 1m30s.`)
  }
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const
  return Math.round(parts.reduce((sum, part) => sum + Number(part[1]) * unit[part[2] as keyof typeof unit], 0))
}

/** A fifth of the run, between 10 s and 2 min: long enough for the heap to reach its working size. */
export const defaultWarmup = (durationMs: number) => Math.min(120_000, Math.max(10_000, Math.round(durationMs / 5)))

const FLAGS = {
  '--duration': 'SOAK_DURATION',
  '--warmup': 'SOAK_WARMUP',
  '--readers': 'SOAK_READERS',
  '--stories': 'SOAK_STORIES',
  '--think': 'SOAK_THINK',
  '--rss-bound-mb': 'SOAK_RSS_BOUND_MB',
} as const

export const USAGE = `npm run soak [-- options]   (each option also as an environment variable)
  --duration <d>      SOAK_DURATION       how long the load runs (${DEFAULTS.duration}); 90s, 10m, 1h, 1m30s
  --warmup <d>        SOAK_WARMUP         RSS before this is not judged (a fifth of the run, 10 s to 2 min)
  --readers <n>       SOAK_READERS        anonymous readers (${DEFAULTS.readers})
  --stories <n>       SOAK_STORIES        documents in the editorial pipeline at once (${DEFAULTS.stories})
  --think <d>         SOAK_THINK          pause of each actor between requests (${DEFAULTS.thinkMs}ms)
  --rss-bound-mb <n>  SOAK_RSS_BOUND_MB   allowed RSS growth after warm-up, MB (${DEFAULTS.rssGrowthBoundMb})`

function positiveInteger(name: string, text: string, min = 1): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw new SoakUsageError(`${name} must be a whole number of at least ${min} (got "${text}").`)
  return value
}

/** Options from the command line (`--duration 60s` or `--duration=60s`), then the environment, then defaults. */
export function parseSoakOptions(argv: string[], env: Record<string, string | undefined> = {}): SoakOptions {
  const given: Partial<Record<keyof typeof FLAGS, string>> = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined]
    if (!(flag in FLAGS)) throw new SoakUsageError(`Unknown option "${argv[i]}".\n${USAGE}`)
    const value = inline ?? argv[++i]
    if (value === undefined || value === '') throw new SoakUsageError(`${flag} needs a value.`)
    given[flag as keyof typeof FLAGS] = value
  }
  const read = (flag: keyof typeof FLAGS) => given[flag] ?? (env[FLAGS[flag]] || undefined)

  const durationMs = parseDuration(read('--duration') ?? DEFAULTS.duration)
  if (durationMs < 10_000) throw new SoakUsageError('--duration must be at least 10s.')
  const warmupText = read('--warmup')
  const warmupMs = warmupText === undefined ? defaultWarmup(durationMs) : parseDuration(warmupText)
  if (warmupMs > durationMs / 2) throw new SoakUsageError('--warmup must be at most half of --duration: the memory check needs samples after it.')
  const think = read('--think')
  const bound = read('--rss-bound-mb')
  const rssGrowthBoundMb = bound === undefined ? DEFAULTS.rssGrowthBoundMb : Number(bound)
  if (!Number.isFinite(rssGrowthBoundMb) || rssGrowthBoundMb < 0) throw new SoakUsageError(`--rss-bound-mb must be a number of MB (got "${bound}").`)
  return {
    durationMs,
    warmupMs,
    readers: positiveInteger('--readers', read('--readers') ?? String(DEFAULTS.readers), 0),
    stories: positiveInteger('--stories', read('--stories') ?? String(DEFAULTS.stories)),
    thinkMs: think === undefined ? DEFAULTS.thinkMs : parseDuration(think),
    rssGrowthBoundMb,
    progressEveryMs: DEFAULTS.progressEveryMs,
  }
}
