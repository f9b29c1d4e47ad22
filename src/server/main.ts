import next from 'next'
import http from 'node:http'
import path from 'node:path'

import { srcDir } from '../paths'
import { createApp } from './app'
import { ConfigError, loadEnv, type Env } from './env'
import { isFixableByUser } from './fixableErrors'
import { createLogger, type Logger } from './logger'
import { startRuntime, type Runtime } from './runtime'
import { seedEmptyDatabase } from './sampleContent'
import { installGracefulShutdown } from './shutdown'

const projectRoot = path.resolve(srcDir, '..')

/** Problems a user can fix from the message alone: print one line, no stack trace. */
function exitWithOneLine(error: unknown): never {
  const known = isFixableByUser(error)
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`${known ? message : `Startup failed: ${message}`}\n`)
  if (!known && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`)
  process.exit(1)
}

export async function main(): Promise<void> {
  let env: Env
  try {
    env = loadEnv()
  } catch (error) {
    exitWithOneLine(error)
  }
  // Next and Payload read NODE_ENV themselves: make the validated value the one they see.
  ;(process.env as Record<string, string>).NODE_ENV = env.nodeEnv
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  const log = createLogger(env.logLevel)
  const startedAt = Date.now()

  // A signal while starting (migrations, seeding, Next) must still stop the embedded database.
  const starting = startRuntime(env, log)
  let stopRequested = false
  const stopDuringStart = (signal: NodeJS.Signals) => {
    stopRequested = true
    log.info('signal while starting: stopping', { signal })
    void starting
      .then((started) => started.close(), () => undefined)
      .finally(() => process.exit(0))
  }
  process.once('SIGTERM', stopDuringStart)
  process.once('SIGINT', stopDuringStart)

  let runtime: Runtime
  try {
    runtime = await starting
  } catch (error) {
    if (stopRequested) return
    exitWithOneLine(error)
  }
  if (stopRequested) return

  try {
    await seedEmptyDatabase(runtime.payload, env, log)
  } catch (error) {
    if (stopRequested) return
    await runtime.close()
    exitWithOneLine(error)
  }
  if (stopRequested) return

  let nextApp: { close?: () => Promise<void>; getUpgradeHandler: () => unknown } | undefined
  let nextHandler
  if (env.serveAdmin) {
    const app = next({ dev: !env.isProduction, dir: projectRoot, hostname: env.host, port: env.port })
    await app.prepare()
    if (stopRequested) return
    nextApp = app as unknown as typeof nextApp
    const handle = app.getRequestHandler()
    nextHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void handle(req, res)
  }

  let shuttingDown = false
  const app = createApp({ runtime, nextHandler, isShuttingDown: () => shuttingDown })
  const server = http.createServer(app)
  if (nextApp && !env.isProduction) {
    // Next's dev server keeps a websocket for hot reload (and Payload's config reload).
    server.on('upgrade', nextApp.getUpgradeHandler() as (...args: unknown[]) => void)
  }

  try {
    await listen(server, env)
  } catch (error) {
    await runtime.close()
    exitWithOneLine(error)
  }

  process.off('SIGTERM', stopDuringStart)
  process.off('SIGINT', stopDuringStart)
  installGracefulShutdown({
    server,
    log,
    timeoutMs: env.shutdownTimeoutMs,
    onStart: () => {
      shuttingDown = true
    },
    cleanup: async () => {
      await nextApp?.close?.().catch(() => undefined)
      await runtime.close()
    },
  })
  announce(env, log, Date.now() - startedAt, runtime)
}

function listen(server: http.Server, env: Env): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new ConfigError(
          error.code === 'EADDRINUSE'
            ? `Invalid configuration: PORT ${env.port} on ${env.host} is already in use. Stop the other program or set PORT.`
            : `Cannot listen on ${env.host}:${env.port}: ${error.message}`,
        ),
      )
    })
    server.listen(env.port, env.host, () => resolve())
  })
}

function announce(env: Env, log: Logger, startupMs: number, runtime: Runtime): void {
  log.info('server ready', {
    url: env.serverURL,
    listen: `${env.host}:${env.port}`,
    admin: env.serveAdmin ? `${env.serverURL}/admin` : 'disabled',
    database: runtime.database.embedded ? 'embedded' : 'external',
    mode: env.nodeEnv,
    startupMs,
  })
}
