import type pg from 'pg'

import type { ArchiveHeader, SchemaDescription } from './format'

/**
 * Payload keeps everything in the `public` schema: tables (with their serial sequences) and enum
 * types, all created by src/migrations. These queries read what a backup must carry and what a
 * restore must find again; both sessions run with `search_path = public`, so types print alike.
 */
export const SCHEMA = 'public'

/** Objects an extension installed into the schema (e.g. pgcrypto's functions) belong to the extension, not to the CMS. */
const OWN = (oid: string) => `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = ${oid} AND dep.deptype = 'e')`

export async function describeSchema(client: pg.Client): Promise<SchemaDescription> {
  const columns = await client.query<{ table: string; name: string; type: string; not_null: boolean }>(
    `SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND ${OWN('c.oid')}
      ORDER BY c.relname, a.attnum`,
    [SCHEMA],
  )
  const enums = await client.query<{ name: string; labels: string[] }>(
    `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = $1::regnamespace AND ${OWN('t.oid')}
      GROUP BY t.typname ORDER BY t.typname`,
    [SCHEMA],
  )
  const sequences = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class c WHERE relnamespace = $1::regnamespace AND relkind = 'S' AND ${OWN('c.oid')} ORDER BY relname`,
    [SCHEMA],
  )
  const tables: SchemaDescription['tables'] = {}
  for (const row of columns.rows) (tables[row.table] ??= []).push({ name: row.name, type: row.type, notNull: row.not_null })
  return {
    tables,
    enums: Object.fromEntries(enums.rows.map((row) => [row.name, row.labels])),
    sequences: sequences.rows.map((row) => row.name),
  }
}

/** Every table with the columns COPY reads and writes (generated columns are computed, not stored). */
export async function listTables(client: pg.Client): Promise<ArchiveHeader['tables']> {
  const result = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name, array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE c.relnamespace = $1::regnamespace AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' AND ${OWN('c.oid')}
      GROUP BY c.relname ORDER BY c.relname`,
    [SCHEMA],
  )
  return result.rows
}

/** Sequences are not transactional: read in the backup's snapshot they are at least as far as its rows. */
export async function readSequences(client: pg.Client, names: string[]): Promise<ArchiveHeader['sequences']> {
  const sequences: ArchiveHeader['sequences'] = []
  for (const name of names) {
    const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM ${qualified(client, name)}`,
    )
    sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called })
  }
  return sequences
}

export async function restoreSequences(client: pg.Client, sequences: ArchiveHeader['sequences']): Promise<void> {
  for (const sequence of sequences) {
    await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [qualified(client, sequence.name), sequence.lastValue, sequence.isCalled])
  }
}

/** The CMS's objects in the schema (relations, types, routines): zero means a database nothing has been created in yet. */
export async function countSchemaObjects(client: pg.Client): Promise<{ count: number; examples: string[] }> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class c WHERE relnamespace = $1::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND ${OWN('c.oid')}
     UNION ALL
     SELECT typname FROM pg_type t WHERE typnamespace = $1::regnamespace AND typtype IN ('e', 'd', 'c') AND typrelid = 0 AND ${OWN('t.oid')}
     UNION ALL
     SELECT proname FROM pg_proc p WHERE pronamespace = $1::regnamespace AND ${OWN('p.oid')}
     ORDER BY 1`,
    [SCHEMA],
  )
  return { count: rows.length, examples: rows.slice(0, 3).map((row) => row.name) }
}

/** Empties the schema (for --force): views, tables with their sequences, the remaining sequences, types and routines. */
export async function dropSchemaObjects(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ statement: string }>(
    `SELECT statement FROM (
       SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
                     CASE relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                  WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
                     $1::text, relname) AS statement,
              CASE relkind WHEN 'v' THEN 0 WHEN 'm' THEN 1 WHEN 'S' THEN 3 ELSE 2 END AS step
         FROM pg_class c WHERE relnamespace = $1::regnamespace AND relkind IN ('v', 'm', 'r', 'p', 'f', 'S') AND ${OWN('c.oid')}
       UNION ALL
       SELECT format('DROP TYPE IF EXISTS %I.%I CASCADE', $1::text, typname), 4
         FROM pg_type t WHERE typnamespace = $1::regnamespace AND typtype IN ('e', 'd', 'c') AND typrelid = 0 AND ${OWN('t.oid')}
       UNION ALL
       SELECT format('DROP ROUTINE IF EXISTS %s CASCADE', p.oid::regprocedure), 5
         FROM pg_proc p WHERE pronamespace = $1::regnamespace AND ${OWN('p.oid')}
     ) drops ORDER BY step`,
    [SCHEMA],
  )
  for (const { statement } of rows) await client.query(statement)
}

/**
 * Foreign keys are dropped while the rows are loaded (tables refer to each other, and to
 * themselves, in no order COPY could follow) and added back afterwards, which checks every row:
 * what pg_restore does too.
 */
export async function detachForeignKeys(client: pg.Client): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ table: string; name: string; definition: string }>(
    `SELECT c.relname AS table, con.conname AS name, pg_get_constraintdef(con.oid) AS definition
       FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
      WHERE con.contype = 'f' AND c.relnamespace = $1::regnamespace
      ORDER BY c.relname, con.conname`,
    [SCHEMA],
  )
  for (const row of rows) {
    await client.query(`ALTER TABLE ${qualified(client, row.table)} DROP CONSTRAINT ${client.escapeIdentifier(row.name)}`)
  }
  return async () => {
    for (const row of rows) {
      await client.query(`ALTER TABLE ${qualified(client, row.table)} ADD CONSTRAINT ${client.escapeIdentifier(row.name)} ${row.definition}`)
    }
  }
}

/** The differences between the backed-up schema and the one the migrations built, as readable lines. */
export function schemaDifferences(backup: SchemaDescription, restored: SchemaDescription): string[] {
  const differences: string[] = []
  for (const table of union(Object.keys(backup.tables), Object.keys(restored.tables))) {
    const before = backup.tables[table]
    const after = restored.tables[table]
    if (!before || !after) {
      differences.push(`table ${table} is ${before ? 'in the backup but not built by the migrations' : 'built by the migrations but not in the backup'}`)
      continue
    }
    const afterByName = new Map(after.map((column) => [column.name, column]))
    const beforeByName = new Map(before.map((column) => [column.name, column]))
    for (const name of union([...beforeByName.keys()], [...afterByName.keys()])) {
      const a = beforeByName.get(name)
      const b = afterByName.get(name)
      if (!a || !b) differences.push(`column ${table}.${name} is ${a ? 'only in the backup' : 'only in the migrations'}`)
      else if (a.type !== b.type || a.notNull !== b.notNull) {
        differences.push(`column ${table}.${name} is ${describeColumn(a)} in the backup, ${describeColumn(b)} after the migrations`)
      }
    }
  }
  for (const name of union(Object.keys(backup.enums), Object.keys(restored.enums))) {
    const a = backup.enums[name]?.join(', ')
    const b = restored.enums[name]?.join(', ')
    if (a !== b) differences.push(`enum ${name} is (${a ?? 'missing'}) in the backup, (${b ?? 'missing'}) after the migrations`)
  }
  for (const name of union(backup.sequences, restored.sequences)) {
    if (!backup.sequences.includes(name) || !restored.sequences.includes(name)) {
      differences.push(`sequence ${name} is ${backup.sequences.includes(name) ? 'only in the backup' : 'only in the migrations'}`)
    }
  }
  return differences
}

export function qualified(client: pg.Client, name: string): string {
  return `${client.escapeIdentifier(SCHEMA)}.${client.escapeIdentifier(name)}`
}

function describeColumn(column: { type: string; notNull: boolean }): string {
  return `${column.type}${column.notNull ? ' not null' : ''}`
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort()
}
