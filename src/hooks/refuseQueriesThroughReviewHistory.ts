import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'

/**
 * The review history is a join on the audit trail's polymorphic `document` relation, which Payload
 * cannot query through: a `where` or `sort` on `reviewHistory…` ended in a 500 with the SQL in the
 * log, for anyone. It gets a clear 400 instead (the history is filtered in /api/review-events).
 */
export const refuseQueriesThroughReviewHistory: CollectionBeforeOperationHook = ({ args }) => {
  const { where, sort } = args as { where?: Where; sort?: unknown }
  const paths = [...wherePaths(where), ...(Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])]
  const through = paths.find((path) => typeof path === 'string' && path.replace(/^-/, '').split('.')[0] === 'reviewHistory')
  if (through) {
    throw new APIError(`"${through}" cannot be filtered or sorted on: query the review history at /api/review-events instead.`, 400, undefined, true)
  }
  return args
}

function wherePaths(where: Where | undefined): string[] {
  if (!where || typeof where !== 'object') return []
  return Object.entries(where).flatMap(([key, value]) =>
    (key === 'and' || key === 'or') && Array.isArray(value) ? value.flatMap((inner) => wherePaths(inner as Where)) : [key],
  )
}
