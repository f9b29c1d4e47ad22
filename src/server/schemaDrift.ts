import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => { version: string }
}

type DrizzleAdapter = {
  schema: unknown
  migrationDir: string
  defaultDrizzleSnapshot: unknown
  requireDrizzleKit: () => DrizzleKit
}

/**
 * SQL that the newest migration snapshot lacks compared with the current config: empty when
 * src/migrations describes the schema exactly. Needs an initialised adapter, not a connection.
 */
export async function schemaChangesSinceLastMigration(payload: Payload): Promise<string[]> {
  const db = payload.db as unknown as DrizzleAdapter
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  const latest = fs.existsSync(db.migrationDir)
    ? fs
        .readdirSync(db.migrationDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .reverse()[0]
    : undefined
  let before = structuredClone(db.defaultDrizzleSnapshot) as { version: string }
  if (latest) {
    before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
  }
  return generateMigration(before, after)
}
