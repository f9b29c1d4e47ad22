import type { Pool, PoolClient } from 'pg'

import type { Logger } from './logger'

type PoolInternals = { _clients?: PoolClient[] }

/**
 * A PostgreSQL connection that dies (the server stops or restarts: 57P01) emits 'error'; without a
 * listener, Node ends the process. The pool listens on idle connections only, and Payload's
 * adapter keeps one connection checked out for good, so every connection — those open now and
 * those opened later — gets a listener here. The request that was using it gets its own error.
 */
export function guardPool(pool: Pool, log: Logger, what = 'database connection'): void {
  const listen = (client: PoolClient) => {
    if ((client as PoolClient & { guarded?: boolean }).guarded) return
    ;(client as PoolClient & { guarded?: boolean }).guarded = true
    client.on('error', (error: Error & { code?: string }) => log.warn(`${what} lost`, { error: error.message, code: error.code }))
  }
  for (const client of (pool as unknown as PoolInternals)._clients ?? []) listen(client)
  pool.on('connect', listen)
  pool.on('error', (error: Error & { code?: string }) => log.warn(`${what} error`, { error: error.message, code: error.code }))
}
