import { getNamedType, isObjectType, type GraphQLCompositeType, type SelectionSetNode } from 'graphql'

import { argumentsOf, fieldsOf, type FieldVisit, type Walk } from './queryShape'

/** Payload's page size when a list or join field is read without `limit`. */
export const DEFAULT_PAGE_SIZE = 10
/** Stand-in for `limit: 0` / `pagination: false`, which ask for every document. */
export const UNPAGED_LIST_SIZE = 1000
/** Assumed length of a has-many relationship or an array field without `maxRows`. */
export const DEFAULT_LIST_LENGTH = 10

type PayloadField = { type?: string; hasMany?: boolean; maxRows?: number; defaultLimit?: number }

/** A field's Payload configuration, which Payload puts on relationship, upload and join fields. */
const payloadFieldOf = (visit: FieldVisit): PayloadField | undefined =>
  (visit.definition?.extensions as { field?: PayloadField } | undefined)?.field

/** A paginated read (`Articles(limit:)`, a join field): it takes `limit` and returns `{ docs }`. */
function pageSizeOf(walk: Walk, visit: FieldVisit): number | undefined {
  const definition = visit.definition
  if (!definition || !definition.args.some((arg) => arg.name === 'limit')) return undefined
  const named = getNamedType(definition.type)
  if (!isObjectType(named) || !named.getFields().docs) return undefined
  const args = argumentsOf(walk, visit) as { limit?: number | null; pagination?: boolean | null }
  if (args.pagination === false || args.limit === 0) return UNPAGED_LIST_SIZE
  if (typeof args.limit === 'number') return Math.max(1, Math.min(args.limit, UNPAGED_LIST_SIZE))
  return payloadFieldOf(visit)?.defaultLimit ?? DEFAULT_PAGE_SIZE
}

/**
 * How a field multiplies the work below it, and whether resolving it reads the database:
 * - a paginated read fetches up to `limit` documents (one query per parent for join fields);
 * - a relationship or upload loads its documents (has-many: up to its length);
 * - any other root field (a document by id, a global, `me`) reads one;
 * - an array field repeats its sub-fields for each row without a query of its own.
 */
function fanOut(walk: Walk, visit: FieldVisit, isRoot: boolean): { reads: boolean; size: number } {
  const pageSize = pageSizeOf(walk, visit)
  if (pageSize !== undefined) return { reads: true, size: pageSize }
  const field = payloadFieldOf(visit)
  if (field?.type === 'relationship' || field?.type === 'upload') {
    return { reads: true, size: field.hasMany ? (field.maxRows ?? DEFAULT_LIST_LENGTH) : 1 }
  }
  if (isRoot) return { reads: true, size: 1 }
  if (field?.type === 'array' || field?.type === 'blocks') return { reads: false, size: field.maxRows ?? DEFAULT_LIST_LENGTH }
  return { reads: false, size: 1 }
}

/**
 * Estimated database work of a selection: every field that reads costs one unit per time it is
 * resolved (a join runs one query for each parent document) plus one per document it can return,
 * and everything below it is multiplied by that many documents. Payload's own `maxComplexity`
 * charges a flat amount per relation, so a nested join of a few lines passes it while running
 * tens of thousands of queries; this estimate grows with page sizes the way the real work does.
 */
export function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, times = 1, isRoot = true): number {
  let cost = 0
  for (const visit of fieldsOf(walk, selectionSet, parentType)) {
    if (visit.node.name.value.startsWith('__')) continue // introspection reads no documents
    const { reads, size } = fanOut(walk, visit, isRoot)
    const produced = times * size
    if (reads) cost += times + produced
    if (visit.node.selectionSet && visit.childType) {
      cost += selectionCost(walk, visit.node.selectionSet, visit.childType, produced, false)
    }
    if (!Number.isFinite(cost) || cost > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER
  }
  return cost
}
