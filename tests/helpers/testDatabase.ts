import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

/** A new, empty database on the test server, owned by one test file. */
export async function createTestDatabase(label: string): Promise<{ uri: string; drop: () => Promise<void> }> {
  const adminUri = inject('postgresAdminUri')
  const name = `test_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  await withClient(adminUri, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`))
  const uri = new URL(adminUri)
  uri.pathname = `/${name}`
  return {
    uri: uri.toString(),
    drop: () =>
      withClient(adminUri, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      ).then(() => undefined),
  }
}

export async function withClient<T>(uri: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: uri })
  client.on('error', () => undefined)
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
