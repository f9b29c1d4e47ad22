import type { Env } from './env'

type Level = 'debug' | 'info' | 'warn' | 'error'
const rank: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

export type Logger = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>

/** One JSON object per line on stdout, so log shippers need no parsing rules. */
export function createLogger(level: Env['logLevel'], write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  const log = (at: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (rank[at] < rank[level]) return
    write(`${JSON.stringify({ level: at, time: new Date().toISOString(), msg, ...fields })}\n`)
  }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
