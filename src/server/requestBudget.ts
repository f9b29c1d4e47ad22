import type { RequestHandler } from 'express'

import { runWithBudget, type RequestBudget } from '../limits/requestBudget'

/**
 * Gives each read — a GET, or a GraphQL POST — `budgetMs` to finish its database work (see
 * stopWorkPastBudget). Writes are not cut short: a half-finished write would roll back, so the
 * client would have to retry it anyway; each of their statements is still bounded by the
 * database's statement_timeout. `budgetMs` 0 turns the budget off.
 */
export function requestBudget(budgetMs: number, graphqlPath: string): RequestHandler {
  return (req, res, next) => {
    const reading = req.method === 'GET' || req.method === 'HEAD' || (req.method === 'POST' && req.originalUrl.split('?')[0] === graphqlPath)
    if (budgetMs <= 0 || !reading) {
      next()
      return
    }
    const budget: RequestBudget = { deadline: Date.now() + budgetMs, seconds: Math.round(budgetMs / 100) / 10, abandoned: false }
    res.once('close', () => {
      if (!res.writableFinished) budget.abandoned = true
    })
    runWithBudget(budget, next)
  }
}
