/** How one request ended, from the soak's point of view. */
export type Outcome = 'ok' | 'refused' | 'error'

/** A request that did not end as the actor expected, kept with what is needed to report it. */
export type Problem = {
  operation: string
  request: string
  /** 0: no answer (network error or timeout). */
  status: number
  detail: string
  requestId?: string
  atMs: number
}

type OperationStats = { count: number; ok: number; refused: number; errors: number; durations: number[] }

/** An expected refusal (e.g. 409 for a publish before approval), with why it is expected. */
export type Refusal = { status: number; reason: string }

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export const median = (values: number[]) => percentile(values, 50)

/** Counts and durations per operation, and every unexpected answer. */
export class Stats {
  readonly operations = new Map<string, OperationStats>()
  readonly problems: Problem[] = []
  /** Expected refusals by operation and reason. */
  readonly refusals = new Map<string, { operation: string; status: number; reason: string; count: number }>()
  private readonly started = performance.now()

  get requests(): number {
    let total = 0
    for (const entry of this.operations.values()) total += entry.count
    return total
  }

  get errors(): number {
    return this.problems.length
  }

  /** 5xx answers and requests that got no answer at all. */
  get serverFailures(): number {
    return this.problems.filter((problem) => problem.status === 0 || problem.status >= 500).length
  }

  record(operation: string, outcome: Outcome, ms: number): void {
    let entry = this.operations.get(operation)
    if (!entry) this.operations.set(operation, (entry = { count: 0, ok: 0, refused: 0, errors: 0, durations: [] }))
    entry.count++
    entry[outcome === 'ok' ? 'ok' : outcome === 'refused' ? 'refused' : 'errors']++
    entry.durations.push(ms)
  }

  refused(operation: string, refusal: Refusal): void {
    const key = `${operation} ${refusal.status} ${refusal.reason}`
    const entry = this.refusals.get(key) ?? { operation, ...refusal, count: 0 }
    entry.count++
    this.refusals.set(key, entry)
  }

  /** An unexpected answer, or an answer whose content is wrong (then the operation counts it as an error too). */
  problem(problem: Omit<Problem, 'atMs'>): void {
    this.problems.push({ ...problem, atMs: Math.round(performance.now() - this.started) })
  }

  rows() {
    return [...this.operations.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([operation, entry]) => ({
        operation,
        count: entry.count,
        ok: entry.ok,
        refused: entry.refused,
        errors: entry.errors,
        p50: Math.round(percentile(entry.durations, 50)),
        p99: Math.round(percentile(entry.durations, 99)),
      }))
  }
}
