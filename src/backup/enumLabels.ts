import type pg from 'pg'

import { qualified, SCHEMA } from './schema'

/**
 * A migration that adds a value to an enum (`ALTER TYPE … ADD VALUE`) makes that value unusable
 * until its transaction commits; PostgreSQL 17 lifts this for types created in the same
 * transaction, older servers do not ("unsafe use of new value"). The restore replays migrations
 * and loads rows in one transaction, so on those servers each such type is made again in one
 * piece, with the same name and labels in the same order, while its tables are still empty.
 */
export async function makeNewEnumLabelsUsable(client: pg.Client): Promise<string[]> {
  const { rows: enums } = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = $1::regnamespace GROUP BY t.typname ORDER BY t.typname`,
    [SCHEMA],
  )
  const remade: string[] = []
  for (const { name, labels } of enums) {
    if (await allLabelsUsable(client, name, labels)) continue
    await remakeEnum(client, name, labels)
    remade.push(name)
  }
  return remade
}

async function allLabelsUsable(client: pg.Client, name: string, labels: string[]): Promise<boolean> {
  await client.query('SAVEPOINT enum_probe')
  try {
    for (const label of labels) await client.query(`SELECT $1::text::${qualified(client, name)}`, [label])
    await client.query('RELEASE SAVEPOINT enum_probe')
    return true
  } catch (error) {
    await client.query('ROLLBACK TO SAVEPOINT enum_probe')
    if ((error as { code?: string }).code === '55P04') return false // unsafe_new_enum_value_usage
    throw error
  }
}

async function remakeEnum(client: pg.Client, name: string, labels: string[]): Promise<void> {
  const { rows: columns } = await client.query<{ table: string; column: string; array: boolean; default: string | null }>(
    `SELECT c.relname AS table, a.attname AS column, a.atttypid <> t.oid AS array, pg_get_expr(d.adbin, d.adrelid) AS default
       FROM pg_type t
       JOIN pg_attribute a ON a.atttypid IN (t.oid, t.typarray) AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE t.typnamespace = $1::regnamespace AND t.typname = $2`,
    [SCHEMA, name],
  )
  const type = qualified(client, name)
  const old = `${name}__before_restore`
  // Defaults name the type (`'draft'::enum_x`): read above while it had its name, set again below.
  for (const column of columns.filter((c) => c.default !== null)) {
    await client.query(`ALTER TABLE ${qualified(client, column.table)} ALTER COLUMN ${client.escapeIdentifier(column.column)} DROP DEFAULT`)
  }
  await client.query(`ALTER TYPE ${type} RENAME TO ${client.escapeIdentifier(old)}`)
  await client.query(`CREATE TYPE ${type} AS ENUM (${labels.map((label) => client.escapeLiteral(label)).join(', ')})`)
  for (const column of columns) {
    const target = column.array ? `${type}[]` : type
    const cast = column.array ? `::text[]::${target}` : `::text::${target}`
    const col = client.escapeIdentifier(column.column)
    await client.query(`ALTER TABLE ${qualified(client, column.table)} ALTER COLUMN ${col} TYPE ${target} USING ${col}${cast}`)
    if (column.default !== null) await client.query(`ALTER TABLE ${qualified(client, column.table)} ALTER COLUMN ${col} SET DEFAULT ${column.default}`)
  }
  await client.query(`DROP TYPE ${qualified(client, old)}`)
}
