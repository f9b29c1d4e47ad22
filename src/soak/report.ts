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
