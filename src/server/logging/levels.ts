/**
 * Which level a line gets. The rule: an operator alerting on `error` is paged for the server's
 * faults only, never for a client's mistake (a refused publish, a typo in a query, a wrong
 * password, a brute-force attempt) nor for a client that hung up.
 *
 * - The request line: 2xx/3xx `info`, 4xx `warn`, 5xx `error`.
 * - An error met while serving a request: 4xx `info`, message only (its request line already says
 *   `warn`); a client that disconnected `debug`; anything else (5xx, or no status: a bug or a
 *   database fault) `error` with its stack.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

export function requestLogLevel(status: number): LogLevel {
  if (status >= 500) return 'error'
  if (status >= 400) return 'warn'
  return 'info'
}

type ErrorLike = { status?: unknown; statusCode?: unknown; originalError?: unknown; code?: unknown; message?: unknown }

/** The HTTP status an error stands for: its own, or for a GraphQL error, that of the error it wraps. */
export function statusOfError(error: unknown): number | undefined {
  if (!error || typeof error !== 'object') return undefined
  const { status, statusCode, originalError } = error as ErrorLike
  const own = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined
  return own ?? (originalError && originalError !== error ? statusOfError(originalError) : undefined)
}

const DISCONNECT_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED'])
const DISCONNECT_MESSAGES = new Set(['aborted', 'Premature close', 'socket hang up'])

/** An error of the kind a connection raises when its other end goes away. */
export function isDisconnectError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { code, message, originalError } = error as ErrorLike
  if (typeof code === 'string' && DISCONNECT_CODES.has(code)) return true
  if (typeof message === 'string' && DISCONNECT_MESSAGES.has(message)) return true
  return Boolean(originalError && originalError !== error && isDisconnectError(originalError))
}

// The class name of src/hooks/stopWorkPastBudget.ts's error (GraphQL wraps it, so matched by name).
const BUDGET_STOP = 'RequestBudgetSpent'

function isBudgetStop(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false
  const { name, originalError } = error as ErrorLike & { name?: unknown }
  return name === BUDGET_STOP || Boolean(originalError && originalError !== error && isBudgetStop(originalError))
}

/**
 * The level of an error met while serving a request. A disconnect-shaped error counts as the
 * client's only when the client has really gone: the database's connection can reset too.
 */
export function errorLogLevel(error: unknown, clientGone: boolean): 'debug' | 'info' | 'error' {
  if (clientGone && isDisconnectError(error)) return 'debug'
  // A query stopped by its time budget fails once per field it had not reached yet (thousands):
  // its request line (503) says it once.
  if (isBudgetStop(error)) return 'debug'
  const status = statusOfError(error)
  if (status !== undefined && status >= 400 && status < 500) return 'info'
  return 'error'
}
