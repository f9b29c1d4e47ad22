import type { Pool } from 'pg'

/** Waits until no connection of `pool` is in use and nothing waits for one; false on timeout. */
export async function waitForIdlePool(pool: Pool, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    // Payload's adapter keeps one client checked out for its lifetime: at most that one is busy.
    if (pool.waitingCount === 0 && pool.totalCount - pool.idleCount <= 1) return true
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return false
}

export type Poll = { startedAt: number; status: number }

/** Polls `url` until `stop()` is called; resolves with every status it saw (0: no answer). */
export function pollStatuses(url: string, everyMs = 200): { polls: () => Poll[]; stop: () => Promise<Poll[]> } {
  const polls: Poll[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const startedAt = Date.now()
      const status = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0)
      polls.push({ startedAt, status })
      await new Promise((resolve) => setTimeout(resolve, everyMs))
    }
  })()
  return {
    polls: () => [...polls],
    stop: async () => {
      running = false
      await loop
      return polls
    },
  }
}
