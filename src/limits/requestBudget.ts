import { AsyncLocalStorage } from 'node:async_hooks'

/** How long one request may keep reading from the database, and whether its client is still there. */
export type RequestBudget = {
  deadline: number
  seconds: number
  /** The client hung up before the answer was complete: nobody is waiting for the rest. */
  abandoned: boolean
}

const budgets = new AsyncLocalStorage<RequestBudget>()

/** Runs `work` (and everything it starts, across awaits) under `budget`. */
export function runWithBudget<T>(budget: RequestBudget, work: () => T): T {
  return budgets.run(budget, work)
}

/** The budget of the request being served here, if it has one (local API calls and jobs have none). */
export function currentBudget(): RequestBudget | undefined {
  return budgets.getStore()
}

export function isSpent(budget: RequestBudget, now = Date.now()): boolean {
  return budget.abandoned || now > budget.deadline
}
