import type { RequestHandler } from 'express'

import { listParamProblem } from '../hooks/readArgs'
import { refuse } from './refuse'

/**
 * Query parameters Payload would misread or crash on, refused with a 400 in the caller's language:
 * `page`, `limit` and `depth` that are not whole numbers within bounds (see listParamProblem), or
 * given twice or as an object (`page[x]=1`, which Payload would receive as an array or object); and
 * a `where` given as one value (`where=1=1`) instead of conditions.
 */
export function validateQueryParams(maxDepth: number): RequestHandler {
  return (req, res, next) => {
    const query = new URL(req.originalUrl, 'http://localhost').searchParams
    const keys = [...query.keys()]
    for (const name of ['page', 'limit', 'depth'] as const) {
      const values = keys.some((key) => key.startsWith(`${name}[`)) ? ['[…]'] : query.getAll(name)
      const problem = listParamProblem({ [name]: values.length > 1 ? values.join(',') : values[0] }, maxDepth)
      if (problem) {
        refuse(req, res, 400, 'invalidListParameter', problem)
        return
      }
    }
    if (query.has('where')) {
      refuse(req, res, 400, 'whereNotObject')
      return
    }
    next()
  }
}
