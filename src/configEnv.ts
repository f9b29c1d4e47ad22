import { loadEnv, type Env } from './server/env'

/**
 * The environment as the Payload config sees it. The server validates it (and fills in
 * DATABASE_URI and PAYLOAD_SECRET) before the config is first imported; `next build` and the
 * generate scripts import the config without a database or secret, which is fine because they
 * never connect or sign anything.
 */
function loadConfigEnv(): Env {
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  return loadEnv(
    building && !process.env.PAYLOAD_SECRET
      ? { ...process.env, PAYLOAD_SECRET: 'next-build-placeholder-secret-never-used-at-runtime' }
      : process.env,
  )
}

export const configEnv: Env = loadConfigEnv()
