import pg from 'pg'

import { BackupError } from './format'
import { SCHEMA } from './schema'

/**
 * One plain connection for the whole backup or restore (a single snapshot, a single transaction).
 * UTF-8 on the wire and the schema first on the search path, so both ends print types alike.
 */
export async function connect(uri: string, purpose: 'backup' | 'restore'): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: uri, application_name: `clinic-cms ${purpose}`, connectionTimeoutMillis: 15_000 })
  // A broken connection also rejects the query in flight; the listener only keeps the process alive.
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    const where = describeDatabase(uri)
    throw new BackupError(`Cannot connect to the database ${where}: ${(error as Error).message || (error as { code?: string }).code}`)
  }
  // A role's timeouts suit the server's short queries, not a whole database read or written in one transaction.
  await client.query(
    `SET client_encoding = 'UTF8'; SET search_path = ${client.escapeIdentifier(SCHEMA)}; SET statement_timeout = 0; SET idle_in_transaction_session_timeout = 0`,
  )
  return client
}

/** host:port/database, without the user's password, for messages. */
export function describeDatabase(uri: string): string {
  try {
    const url = new URL(uri)
    return `${url.hostname}:${url.port || 5432}${url.pathname}`
  } catch {
    return '(unparsable DATABASE_URI)'
  }
}
