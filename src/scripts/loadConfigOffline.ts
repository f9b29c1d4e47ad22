import type { SanitizedConfig } from 'payload'

/**
 * The Payload config for scripts that never connect or sign anything (code generation, migration
 * diffs). They still need a secret for Payload to initialise, so give a throwaway one.
 */
export async function loadConfigOffline(): Promise<SanitizedConfig> {
  process.env.PAYLOAD_SECRET ||= 'offline-script-secret-never-used-to-sign-anything'
  process.env.DATABASE_URI ||= 'postgres://offline@127.0.0.1:1/offline'
  return (await import('../payload.config')).default
}
