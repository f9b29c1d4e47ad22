import type { RequestHandler } from 'express'

import { listParamProblem } from '../hooks/listArgs'
import { refuse } from './refuse'

/**
 * `?page=`, `?limit=` and `?depth=` are whole numbers within bounds (see listParamProblem); anything
 * else is refused with a 400 that names the parameter and its range, in the caller's language.
 * A parameter given twice or as an object (`page[x]=1`) is refused too (Payload would receive an array).
 */
export function validateListParams(maxDepth: number): RequestHandler {
  return (req, res, next) => {
    const query = new URL(req.originalUrl, 'http://localhost').searchParams
    for (const name of ['page', 'limit', 'depth'] as const) {
      const values = [...query.keys()].some((key) => key.startsWith(`${name}[`)) ? ['[…]'] : query.getAll(name)
      const problem = listParamProblem({ [name]: values.length > 1 ? values.join(',') : values[0] }, maxDepth)
      if (problem) {
        refuse(req, res, 400, 'invalidListParameter', problem)
        return
      }
    }
    next()
  }
}
