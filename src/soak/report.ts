import type { Stats } from './stats'
import type { Check } from './verify'

const pad = (text: string | number, width: number, left = false) => (left ? String(text).padEnd(width) : String(text).padStart(width))

export const formatClock = (ms: number) => {
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** Per operation: count, ok, expected refusals, errors, p50 and p99 in ms; then a total. */
export function operationTable(stats: Stats): string {
  const rows = stats.rows()
  const width = Math.max(9, ...rows.map((row) => row.operation.length))
  const header = `${pad('operation', width, true)}  ${pad('count', 7)}  ${pad('ok', 7)}  ${pad('refused', 7)}  ${pad('errors', 6)}  ${pad('p50 ms', 7)}  ${pad('p99 ms', 7)}`
  const line = (name: string, row: { count: number; ok: number; refused: number; errors: number; p50: number | string; p99: number | string }) =>
    `${pad(name, width, true)}  ${pad(row.count, 7)}  ${pad(row.ok, 7)}  ${pad(row.refused, 7)}  ${pad(row.errors, 6)}  ${pad(row.p50, 7)}  ${pad(row.p99, 7)}`
  const total = rows.reduce((sum, row) => ({ count: sum.count + row.count, ok: sum.ok + row.ok, refused: sum.refused + row.refused, errors: sum.errors + row.errors }), { count: 0, ok: 0, refused: 0, errors: 0 })
  return [header, '-'.repeat(header.length), ...rows.map((row) => line(row.operation, row)), '-'.repeat(header.length), line('total', { ...total, p50: '', p99: '' })].join('\n')
}

export function refusalLines(stats: Stats): string[] {
  return [...stats.refusals.values()].map((refusal) => `  ${refusal.operation}: ${refusal.status} × ${refusal.count} (${refusal.reason})`)
}

export function problemLines(stats: Stats, max = 20): string[] {
  const lines = stats.problems
    .slice(0, max)
    .map((problem) => `  at ${formatClock(problem.atMs)} ${problem.operation}: ${problem.request} → ${problem.status || 'no answer'}${problem.requestId ? ` (request id ${problem.requestId})` : ''}: ${problem.detail}`)
  if (stats.problems.length > max) lines.push(`  … and ${stats.problems.length - max} more`)
  return lines
}

export function checkLines(checks: Check[]): string[] {
  return checks.map((check) => `  ${check.passed ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`)
}

/** Server log lines at error level (ours say "level":"error", Payload's pino says "level":50). */
export function serverErrorLines(output: string): string[] {
  return output.split('\n').filter((line) => {
    try {
      const level = (JSON.parse(line) as { level?: unknown }).level
      return level === 'error' || level === 'fatal' || (typeof level === 'number' && level >= 50)
    } catch {
      return false
    }
  })
}

export type SummaryInput = {
  stats: Stats
  checks: Check[]
  loadMs: number
  serverCpuSeconds: number
  actors: string
  serverOutput: string
  counts: string
}

/** The summary printed at the end: the operation table, refusals, problems, the server's error log, checks, counts. */
export function summaryText({ stats, checks, loadMs, serverCpuSeconds, actors, serverOutput, counts }: SummaryInput): string {
  const refusals = refusalLines(stats)
  const problems = problemLines(stats)
  const errorLines = serverErrorLines(serverOutput)
  const passed = checks.every((check) => check.passed)
  return [
    `soak summary: ${formatClock(loadMs)} of load, ${stats.requests} requests (${(stats.requests / (loadMs / 1000)).toFixed(1)}/s), ${actors}; ` +
      `the server used ${serverCpuSeconds.toFixed(0)} s of CPU (${Math.round((100 * serverCpuSeconds * 1000) / loadMs)}% of one core)`,
    '',
    operationTable(stats),
    '',
    refusals.length ? `expected refusals (not errors):\n${refusals.join('\n')}` : 'expected refusals: none',
    ...(problems.length ? ['', `unexpected answers:\n${problems.join('\n')}`] : []),
    ...(errorLines.length
      ? ['', `server log, error level (${errorLines.length} lines, not a check):\n${errorLines.slice(0, 5).map((line) => `  ${line.slice(0, 500)}`).join('\n')}`]
      : []),
    '',
    'checks:',
    ...checkLines(checks),
    '',
    `counts: ${counts}`,
    `soak ${passed ? 'PASSED' : 'FAILED'}`,
  ].join('\n')
}
