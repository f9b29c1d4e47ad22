import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'

export const PUBLIC_MAX_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 3

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean; draft?: boolean }

/**
 * Anonymous list reads are paged: `limit=0`, `pagination=false` or a huge limit would let anyone
 * pull a whole collection (with its relations) in one request. Staff are not limited.
 * The public reads the published version only: `draft=true` is ignored for them (with it, a list
 * would query the newest versions and drop every published page that has a newer draft).
 */
export function capPublicReads<TSlug extends CollectionSlug>(): CollectionBeforeOperationHook<TSlug> {
  return ({ args, operation, req }) => {
    if (operation !== 'read' || req.user) return args
    const read = args as ReadArgs
    const unlimited = read.limit === 0 || (typeof read.limit === 'number' && read.limit > PUBLIC_MAX_LIMIT)
    return {
      ...args,
      limit: unlimited ? PUBLIC_MAX_LIMIT : read.limit,
      depth: typeof read.depth === 'number' ? Math.min(read.depth, PUBLIC_MAX_DEPTH) : read.depth,
      pagination: true,
      draft: false,
    }
  }
}
