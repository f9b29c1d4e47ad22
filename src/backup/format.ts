import { z } from 'zod'

/**
 * The backup archive: a gzip-compressed tar file that `tar tzf` can list, holding
 *
 *   clinic-cms-backup.json        header: format, migrations, schema description, tables, sequences
 *   database/<table>/<n>.copy     the table's rows in PostgreSQL's COPY text format, whole rows per part
 *   media/<path>                  every file of MEDIA_DIR
 *   clinic-cms-checksums.json     trailer: size and SHA-256 of every entry, row counts; written last,
 *                                 so an archive cut short is recognised as incomplete
 */
export const ARCHIVE_FORMAT = 'clinic-cms-backup'
export const ARCHIVE_VERSION = 1
export const HEADER_ENTRY = 'clinic-cms-backup.json'
export const TRAILER_ENTRY = 'clinic-cms-checksums.json'
export const DATABASE_PREFIX = 'database/'
export const MEDIA_PREFIX = 'media/'
/** Table data is cut into parts of about this size (at row ends), so no table is held in memory whole. */
export const PART_BYTES = 8 * 1024 * 1024

const columnSchema = z.object({ name: z.string(), type: z.string(), notNull: z.boolean() })

export const schemaDescriptionSchema = z.object({
  tables: z.record(z.string(), z.array(columnSchema)),
  enums: z.record(z.string(), z.array(z.string())),
  sequences: z.array(z.string()),
})
export type SchemaDescription = z.infer<typeof schemaDescriptionSchema>

export const headerSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.number().int().positive(),
  createdAt: z.string(),
  postgresVersion: z.string(),
  /** Applied migrations, oldest first: restore replays exactly these to rebuild the schema. */
  migrations: z.array(z.string()),
  schema: schemaDescriptionSchema,
  /** Every table of the schema and the columns its COPY data holds, in that order. */
  tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().regex(/^-?\d+$/), isCalled: z.boolean() })),
})
export type ArchiveHeader = z.infer<typeof headerSchema>

export const trailerSchema = z.object({
  entries: z.array(z.object({ name: z.string(), size: z.number().int().nonnegative(), sha256: z.string() })),
  rows: z.record(z.string(), z.number().int().nonnegative()),
  media: z.object({ files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
})
export type ArchiveTrailer = z.infer<typeof trailerSchema>

export function tablePartEntry(table: string, part: number): string {
  return `${DATABASE_PREFIX}${encodeURIComponent(table)}/${String(part).padStart(5, '0')}.copy`
}

/** The table a database entry belongs to, or undefined for a name we never write. */
export function tableOfEntry(name: string): string | undefined {
  const match = /^database\/([^/]+)\/\d{5}\.copy$/.exec(name)
  if (!match) return undefined
  try {
    return decodeURIComponent(match[1]!)
  } catch {
    return undefined
  }
}

/** Problems with the archive, the target or the command line: shown as one line, exit code 1. */
export class BackupError extends Error {
  override name = 'BackupError'
}
