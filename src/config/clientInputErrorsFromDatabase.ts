import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { ClientInputError } from '@/errors/ClientInputError'

/** The adapter methods that run a query with values from a request. */
const QUERY_METHODS = [
  'count',
  'countGlobalVersions',
  'countVersions',
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'find',
  'findDistinct',
  'findGlobal',
  'findGlobalVersions',
  'findOne',
  'findVersions',
  'queryDrafts',
  'updateGlobal',
  'updateGlobalVersion',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

/** The SQLSTATE of a PostgreSQL error, wherever it sits in the cause chain (drizzle wraps it). */
export function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

/**
 * Class 22 ("data exception"): the value does not fit its column — `'abc'` or 99999999999999999999
 * as an integer id, a date that is not a date, a negative OFFSET. Those come from the request.
 */
export const isClientDataError = (error: unknown): boolean => sqlState(error)?.startsWith('22') ?? false

/**
 * The one place where database errors that are really the client's mistake become a 400 with a
 * clear message, on every path (REST, GraphQL, custom endpoints). Converted before Payload logs
 * them, so the log shows a client error at info, not the SQL and its values with a stack.
 * Field checks (src/hooks/refuseMalformedData.ts) catch most bad values earlier, with the field named.
 */
export function clientInputErrorsFromDatabase<T extends BaseDatabaseAdapter>(adapter: DatabaseAdapterObj<T>): DatabaseAdapterObj<T> {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const methods = db as unknown as Record<string, unknown>
      for (const name of QUERY_METHODS) {
        const original = methods[name]
        if (typeof original !== 'function') continue
        methods[name] = async function (this: unknown, ...params: unknown[]) {
          try {
            return await original.apply(this, params)
          } catch (error) {
            if (!isClientDataError(error)) throw error
            throw new ClientInputError('invalidValue')
          }
        }
      }
      return db
    },
  }
}
