import path from 'node:path'

import type { Env } from './env'
import type { Logger } from './logger'
import { EmbeddedPostgres } from './embeddedPostgres'

export const EMBEDDED_DATABASE_NAME = 'clinic_cms'

export type DatabaseHandle = {
  uri: string
  /** Set when this process started an embedded server (and so must stop it on exit). */
  embedded: EmbeddedPostgres | undefined
  close(): Promise<void>
}

/** DATABASE_URI when set; otherwise an embedded PostgreSQL under DATA_DIR/postgres. */
export async function openDatabase(env: Env, log: Logger): Promise<DatabaseHandle> {
  if (env.databaseURI) {
    return { uri: env.databaseURI, embedded: undefined, close: async () => undefined }
  }
  const embedded = new EmbeddedPostgres({
    dataDir: path.join(env.dataDir, 'postgres'),
    port: env.embeddedPostgresPort,
    database: EMBEDDED_DATABASE_NAME,
    log,
  })
  const uri = await embedded.start()
  return {
    uri,
    embedded: embedded.owned ? embedded : undefined,
    close: () => embedded.stop(),
  }
}
