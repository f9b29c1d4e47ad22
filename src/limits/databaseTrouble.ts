/** Why the database could not answer, when it is the database's doing and not the request's. */
export type DatabaseTrouble = 'statementTimeout' | 'unavailable'

// 57014 query_canceled (statement_timeout), 57P01–57P03 server shutting down or starting,
// 08xxx connection exceptions, 53300 too many connections.
const UNAVAILABLE_CODES = /^(57P0[1-3]|08\d{3}|53300)$/
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'])
// Payload re-wraps some driver errors in plain Errors that keep only the message.
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode)|cannot begin transaction|Cannot use a pool after calling end/i

/** Walks an error, its GraphQL original and its causes (drizzle wraps the driver's error). */
function* causes(error: unknown): Generator<Record<string, unknown>> {
  let current: unknown = error
  for (let hops = 0; hops < 8 && typeof current === 'object' && current !== null; hops++) {
    const record = current as Record<string, unknown>
    yield record
    current = record.originalError ?? record.cause
  }
}

export function databaseTrouble(error: unknown): DatabaseTrouble | undefined {
  for (const record of causes(error)) {
    const code = typeof record.code === 'string' ? record.code : ''
    if (code === '57014') return 'statementTimeout'
    if (UNAVAILABLE_CODES.test(code) || UNAVAILABLE_NODE_CODES.has(code)) return 'unavailable'
    if (typeof record.message === 'string' && UNAVAILABLE_MESSAGES.test(record.message)) return 'unavailable'
  }
  return undefined
}
