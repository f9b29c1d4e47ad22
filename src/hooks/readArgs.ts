import type { CollectionBeforeOperationHook, FlattenedField } from 'payload'

import { ClientInputError } from '@/errors/ClientInputError'

/** The highest page a list may ask for: with the largest page size, ten million rows deep. */
export const MAX_PAGE = 10_000
/** The largest page size anyone may ask for (anonymous readers are further capped, see capPublicReads). */
export const MAX_LIMIT = 1_000

export type ListParam = 'page' | 'limit' | 'depth'

export type ListParamProblem = { name: ListParam; value: string; min: number; max: number }

const WHOLE_NUMBER = /^\d{1,9}$/

/**
 * `page`, `limit` and `depth` must be whole numbers within bounds. Payload would read `page=abc` as
 * page 1, `limit=-5` as no limit, and pass `page=-1` to the database (an error 500).
 */
export function listParamProblem(values: Partial<Record<ListParam, unknown>>, maxDepth: number): ListParamProblem | undefined {
  const bounds: Record<ListParam, [number, number]> = { page: [1, MAX_PAGE], limit: [0, MAX_LIMIT], depth: [0, maxDepth] }
  for (const name of ['page', 'limit', 'depth'] as const) {
    const value = values[name]
    if (value === undefined || value === null) continue
    const [min, max] = bounds[name]
    const number = typeof value === 'number' ? value : typeof value === 'string' && WHOLE_NUMBER.test(value) ? Number(value) : NaN
    if (!Number.isInteger(number) || number < min || number > max) return { name, value: String(value), min, max }
  }
  return undefined
}

/** Operators of point (geo) fields: on any other field the database adapter crashes (a 500). */
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])

const hasPointField = (fields: FlattenedField[]): boolean =>
  fields.some((field) => field.type === 'point' || ('flattenedFields' in field && hasPointField(field.flattenedFields)))

/** The first geo operator anywhere in a where, if any. */
function geoOperatorIn(where: unknown, depth = 0): string | undefined {
  if (!where || typeof where !== 'object' || depth > 50) return undefined
  for (const [key, value] of Object.entries(where)) {
    if (GEO_OPERATORS.has(key)) return key
    const found = geoOperatorIn(value, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * The same bounds for GraphQL (`Articles(page: -1)`) and any other API path (REST query strings are
 * checked before Payload parses them, in src/server/validateListParams.ts), a `where` that is an
 * object, and no geo operators on collections without a point field. Our own code (local API) is trusted.
 */
export const refuseBadReadArgs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local' || !['read', 'count', 'update', 'delete'].includes(operation)) return args
  const { page, limit, where } = args as { page?: unknown; limit?: unknown; where?: unknown }
  if (operation === 'read') {
    const problem = listParamProblem({ page, limit }, req.payload.config.maxDepth)
    if (problem) throw new ClientInputError('invalidListParameter', problem)
  }
  if (where !== undefined && where !== null && (typeof where !== 'object' || Array.isArray(where))) throw new ClientInputError('whereNotObject')
  const geo = geoOperatorIn(where)
  if (geo && !hasPointField(collection.flattenedFields)) throw new ClientInputError('geoOperator', { operator: geo })
  return args
}
