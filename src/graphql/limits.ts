/** Deepest selection a query may have: three levels of relations read through lists, and room for groups. */
export const MAX_QUERY_DEPTH = 10

/**
 * Most estimated database work one query may ask for (see `selectionCost`): 100 articles with
 * their related conditions (~1,200), or one level of join per document of a page of 10 (~1,200),
 * pass; a second level of joins below a page does not.
 */
export const MAX_QUERY_COST = 2_000

export type QueryLimits = { maxDepth: number; maxCost: number }
