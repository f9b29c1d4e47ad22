import type { Pool } from 'pg'

type PoolInternals = { _clients?: Array<{ release?: (destroy?: boolean) => void }> }

/**
 * Ends the pool for real. Payload's postgres adapter checks out one client at connect and never
 * releases it, so `pool.end()` alone waits forever; destroying checked-out clients lets it finish.
 * Only called once no request is in flight.
 */
export async function endPool(pool: Pool, timeoutMs = 5_000): Promise<void> {
  const ending = pool.end().catch(() => undefined)
  for (const client of (pool as unknown as PoolInternals)._clients ?? []) {
    try {
      client.release?.(true)
    } catch {
      // already back in the pool: pool.end() closes it
    }
  }
  await Promise.race([ending, new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())])
}
