import { defaultLoggerOptions, type Config } from 'payload'

import type { Env } from '../server/env'
import { describeError } from '../server/logging/describeError'
import { errorLogLevel, statusOfError } from '../server/logging/levels'
import { redactSecrets } from '../server/logging/redactSecrets'
import { clientHasGone, currentRequest } from '../server/logging/requestContext'
import { writeLogLine } from '../server/logger'

type LoggerConfig = Extract<NonNullable<Config['logger']>, { options: unknown }>
type LoggerOptions = LoggerConfig['options']
type LogMethod = NonNullable<NonNullable<LoggerOptions['hooks']>['logMethod']>

/**
 * Payload picks the level of an error it handles by the error's class (`loggingLevels`), `error`
 * with a stack unless mapped. These classes always stand for a client's mistake (a wrong password,
 * a locked account, a bad query or upload, no access): `info`, message only. Payload maps the
 * last five itself; they are repeated here so the whole rule reads in one place.
 * `APIError` (our own refusals: 403, 409 …) and GraphQL errors carry any status: they are left at
 * `error` and re-levelled by their status in `levelByStatus` below.
 */
export const loggingLevels: Config['loggingLevels'] = {
  // Production without a mail server refuses forgot-password (503): a setup to fix, said once at
  // start; each refusal is a warning, not a page. (Keyed by class name; Payload's type lists its own.)
  ...({ PasswordResetUnavailable: 'warn' } as Config['loggingLevels']),
  // A database error caused by the request's own values (src/config/clientInputErrorsFromDatabase.ts).
  ...({ ClientInputError: 'info' } as Config['loggingLevels']),
  AuthenticationError: 'info',
  LockedAuth: 'info',
  UnverifiedEmail: 'info',
  QueryError: 'info',
  FileUploadError: 'info',
  Forbidden: 'info',
  Locked: 'info',
  MissingFile: 'info',
  NotFound: 'info',
  ValidationError: 'info',
}

/**
 * Lines Payload writes at `error` as plain text before refusing an upload with a 400
 * (`checkFileRestrictions`: wrong or unsafe file type). The refusal itself is logged at info.
 */
const REFUSED_UPLOAD = /^(Invalid MIME type|SVG file contains potentially harmful content|Invalid PDF file|File type '.*' not allowed)/

/** An `error` line about a client's mistake (4xx) or a client that hung up is written at info or debug instead. */
const levelByStatus: LogMethod = function (args, method, level) {
  const first = args[0] as unknown
  if (level >= 50 && typeof first === 'string' && REFUSED_UPLOAD.test(first)) return this.info(first)
  const error = first instanceof Error ? first : first && typeof first === 'object' && 'err' in first ? (first as { err: unknown }).err : undefined
  if (level < 50 || error === undefined) return method.apply(this, args)
  const request = currentRequest()
  const decided = errorLogLevel(error, request ? clientHasGone(request) : false)
  // pino would use the raw error message as the line's message: the described one leaves out query values.
  if (decided === 'error') return method.call(this, first instanceof Error ? { err: error } : (first as object), typeof args[1] === 'string' ? args[1] : describeError(error).message)
  const inner = (error as { originalError?: unknown }).originalError ?? error
  const fields = { error: inner instanceof Error ? inner.name : typeof inner, status: statusOfError(error) }
  if (decided === 'debug') return this.debug({ ...fields, msg: `client disconnected: ${describeError(error).message}` })
  return this.info({ ...fields, msg: describeError(error).message })
}

/**
 * Payload's logger (pino). Production and tests write JSON lines like the server's own logs, through
 * the same redacting sink; development keeps Payload's pretty output (redacted too). Every line
 * written while serving a request carries its request id.
 */
export function payloadLogger(env: Env): LoggerConfig {
  const options: LoggerOptions = {
    level: env.logLevel,
    mixin: () => {
      const requestId = currentRequest()?.requestId
      return requestId ? { requestId } : {}
    },
    hooks: { logMethod: levelByStatus },
    serializers: { err: describeError },
  }
  if (env.nodeEnv === 'development') {
    // Payload's pretty printer, fed redacted lines.
    return { options, destination: { write: (line: string) => defaultLoggerOptions.write(redactSecrets(line, true)) } }
  }
  return {
    options: {
      ...options,
      // The same line shape as the server's own logs: level names and ISO times.
      base: undefined,
      formatters: { level: (label: string) => ({ level: label }) },
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
    },
    destination: { write: (line: string) => writeLogLine(line) },
  }
}
