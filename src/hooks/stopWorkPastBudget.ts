import { APIError, type PayloadRequest } from 'payload'

import { translator, UI_LANGUAGES, type UiLanguage } from '../i18n'
import { currentBudget, isSpent } from '../limits/requestBudget'
import { messageLanguage } from '../server/negotiateLocale'

/** A request that used up its time budget; 503 so that clients and proxies may retry later. */
export class RequestBudgetSpent extends APIError {
  constructor(message: string) {
    super(message, 503, null, true)
  }
}

/**
 * Refuses to start another database operation once the request's budget is spent or its client
 * is gone. Operations already running finish (each statement is bounded by the database's
 * statement_timeout); writes in progress roll back with the request's transaction.
 */
export function stopWorkPastBudget({ req }: { req: PayloadRequest }): void {
  const budget = currentBudget()
  if (!budget || !isSpent(budget)) return
  const language = messageLanguage(req.searchParams ?? new URLSearchParams(), req.headers?.get('accept-language') ?? undefined, UI_LANGUAGES, 'en')
  throw new RequestBudgetSpent(translator(language as UiLanguage, 'errors')('requestTimedOut', { seconds: budget.seconds }))
}
