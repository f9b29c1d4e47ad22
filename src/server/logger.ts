import type { Env } from './env'
import { redactSecrets } from './logging/redactSecrets'
import { currentRequest } from './logging/requestContext'

type Level = 'debug' | 'info' | 'warn' | 'error'
const rank: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

export type Logger = Record<Level, (msg: string, fields?: Record<string, unknown>) => void>

let destination: (line: string) => void = (line) => {
  process.stdout.write(line)
}

/**
 * Every log line of the process passes here, ours and Payload's: secrets are removed, then the
 * line goes to stdout (or where setLogDestination sent it).
 */
export function writeLogLine(line: string): void {
  destination(redactSecrets(line, process.env.NODE_ENV === 'development'))
}

/** Sends the process's log lines elsewhere (tests keep them); returns the previous destination. */
export function setLogDestination(write: (line: string) => void): (line: string) => void {
  const previous = destination
  destination = write
  return previous
}

/**
 * One JSON object per line, so log shippers need no parsing rules. A line written while serving a
 * request carries that request's id.
 */
export function createLogger(level: Env['logLevel'], write: (line: string) => void = writeLogLine): Logger {
  const log = (at: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (rank[at] < rank[level]) return
    const requestId = currentRequest()?.requestId
    write(`${JSON.stringify({ level: at, time: new Date().toISOString(), msg, ...(requestId ? { requestId } : {}), ...fields })}\n`)
  }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
