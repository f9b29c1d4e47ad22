import type http from 'node:http'

import type { Logger } from './logger'

const DUPLICATE_SIGNAL_WINDOW_MS = 2_000

type ShutdownOptions = {
  server: http.Server
  log: Logger
  /** How long in-flight requests may take to finish before their connections are cut. */
  timeoutMs: number
  onStart: () => void
  cleanup: () => Promise<void>
}

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish (up to timeoutMs), then close the
 * pool and stop an embedded database, and exit 0. A second signal while draining (not a relayed duplicate) exits at once.
 */
export function installGracefulShutdown({ server, log, timeoutMs, onStart, cleanup }: ShutdownOptions): void {
  let drainingSince: number | undefined
  const shutdown = async (signal: NodeJS.Signals) => {
    if (drainingSince !== undefined) {
      // npm and terminals relay the same signal a second time at once: only a later one means "now".
      if (Date.now() - drainingSince < DUPLICATE_SIGNAL_WINDOW_MS) return
      log.warn('second signal during shutdown: exiting now', { signal })
      process.exit(1)
    }
    drainingSince = Date.now()
    onStart()
    log.info('shutting down', { signal })
    const forceClose = setTimeout(() => {
      log.warn('in-flight requests did not finish in time: closing their connections', { timeoutMs })
      server.closeAllConnections()
    }, timeoutMs)
    // Connections that finish their last request while draining turn idle (keep-alive): close
    // them as they do, instead of waiting for the keep-alive timeout.
    const closeIdle = setInterval(() => server.closeIdleConnections(), 100)
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    clearInterval(closeIdle)
    clearTimeout(forceClose)
    try {
      await cleanup()
    } catch (error) {
      log.error('error during shutdown', { error: (error as Error).message })
      process.exit(1)
    }
    log.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', (signal) => void shutdown(signal))
  process.on('SIGINT', (signal) => void shutdown(signal))
}
