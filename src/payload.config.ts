import { buildPayloadConfig } from './config/buildPayloadConfig'
import { loadEnv } from './server/env'

/**
 * The config as Next (admin UI) and the code generators import it. In the running server, the
 * express process has already validated the environment and set DATABASE_URI and PAYLOAD_SECRET
 * (and shares its Payload instance with Next). `next build` needs neither, so placeholders do.
 */
const building = process.env.NEXT_PHASE === 'phase-production-build'
const env = loadEnv(
  building && !process.env.PAYLOAD_SECRET
    ? { ...process.env, PAYLOAD_SECRET: 'next-build-placeholder-secret-never-used-at-runtime' }
    : process.env,
)

export default buildPayloadConfig(env, {
  databaseURI: process.env.DATABASE_URI ?? '',
  secret: env.payloadSecret ?? '',
})
