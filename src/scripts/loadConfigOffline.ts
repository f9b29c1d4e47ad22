import type { SanitizedConfig } from 'payload'

import { buildPayloadConfig } from '../config/buildPayloadConfig'
import { loadEnv } from '../server/env'

/**
 * The Payload config for scripts that never connect or sign anything (code generation, migration
 * diffs). Payload still wants a secret to initialise, so they get a throwaway one.
 */
export function loadConfigOffline(): Promise<SanitizedConfig> {
  return buildPayloadConfig(loadEnv({ ...process.env, NODE_ENV: 'development' }), {
    databaseURI: 'postgres://offline@127.0.0.1:1/offline',
    secret: 'offline-script-secret-never-used-to-sign-anything',
  })
}
