import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '../src/migrations'
import { ConfigError } from '../src/server/env'
import { assertSchemaMode, getMigrationStatus } from '../src/server/migrations'
import { createTestDatabase, withClient } from './helpers/testDatabase'
import { startTestServer, type TestServer } from './helpers/testServer'

describe('migrations', () => {
  let server: TestServer
  let emptyDatabase: Awaited<ReturnType<typeof createTestDatabase>>

  beforeAll(async () => {
    emptyDatabase = await createTestDatabase('migrations_empty')
  })
  afterAll(async () => {
    await server?.close()
    await emptyDatabase?.drop()
  })

  it('reports every migration pending on an empty database', async () => {
    const status = await withClient(emptyDatabase.uri, (client) => getMigrationStatus(client))
    expect(migrations.length).toBeGreaterThan(0)
    expect(status).toEqual({ applied: [], pending: migrations.map((m) => m.name), pushed: false })
  })

  it('applies all migrations to an empty database at start, leaving nothing pending', async () => {
    server = await startTestServer('migrations')
    const status = await getMigrationStatus(server.runtime.pool)
    expect(status.pending).toEqual([])
    expect(status.applied).toEqual(migrations.map((m) => m.name))
    const tables = await server.runtime.pool.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`,
    )
    expect(tables.rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(['users', 'media', 'media_locales']))
  })

  it('creates the database UTF-8 so Thai text is counted in characters', async () => {
    const result = await server.runtime.pool.query(`SELECT length('สวัสดีค่ะ') AS chars, current_setting('server_encoding') AS encoding`)
    expect(result.rows[0]).toEqual({ chars: 9, encoding: 'UTF8' })
  })

  it('refuses schema push on a database that migrations manage', async () => {
    await expect(assertSchemaMode(server.databaseUri, true)).rejects.toThrow(ConfigError)
    await expect(assertSchemaMode(server.databaseUri, true)).rejects.toThrow(/managed by migrations/)
    await expect(assertSchemaMode(server.databaseUri, false)).resolves.toBeUndefined()
  })

  it('refuses migrations on a database that schema push set up', async () => {
    await withClient(emptyDatabase.uri, async (client) => {
      await client.query('CREATE TABLE payload_migrations (id serial primary key, name varchar, batch numeric)')
      await client.query(`INSERT INTO payload_migrations (name, batch) VALUES ('dev', -1)`)
    })
    await expect(assertSchemaMode(emptyDatabase.uri, false)).rejects.toThrow(/set up by schema push/)
    await expect(assertSchemaMode(emptyDatabase.uri, true)).resolves.toBeUndefined()
  })

  it('keeps every table, column and index name within 63 characters, and no two names equal once truncated', () => {
    const dir = path.resolve(import.meta.dirname, '../src/migrations')
    const identifiers = [
      ...new Set(
        fs
          .readdirSync(dir)
          .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
          .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/"([A-Za-z0-9_]+)"/g)].map((match) => match[1]!)),
      ),
    ]
    // PostgreSQL truncates longer names silently. Foreign-key names of the version tables of the
    // medical review group are longer (Payload names them); they are unique after truncation.
    const tooLong = identifiers.filter((name) => name.length > 63 && !name.endsWith('_fk'))
    expect(tooLong).toEqual([])
    const truncated = identifiers.map((name) => name.slice(0, 63))
    expect(truncated.length).toBe(new Set(truncated).size)
  })
})
