import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { Env } from './env'

/**
 * Production must be given PAYLOAD_SECRET (the env schema enforces it). Development generates one
 * per data directory and keeps it, so logins survive restarts and two checkouts never share it.
 */
export function resolvePayloadSecret(env: Env): string {
  if (env.payloadSecret) return env.payloadSecret
  const file = path.join(env.dataDir, 'payload-secret')
  try {
    const existing = fs.readFileSync(file, 'utf8').trim()
    if (existing.length >= 32) return existing
  } catch {
    // first start in this data directory
  }
  fs.mkdirSync(env.dataDir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}
