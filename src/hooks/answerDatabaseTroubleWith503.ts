import type { AfterErrorHook } from 'payload'

import { translator, UI_LANGUAGES, type UiLanguage } from '../i18n'
import { currentBudget } from '../limits/requestBudget'
import { databaseTrouble } from '../limits/databaseTrouble'
import { messageLanguage } from '../server/negotiateLocale'

/**
 * A statement cancelled by statement_timeout, or a database that is down or restarting, is not the
 * client's fault nor a bug: answer 503 with a message that says to try again, instead of a 500
 * "Something went wrong." (REST and GraphQL alike).
 */
export const answerDatabaseTroubleWith503: AfterErrorHook = ({ error, req, graphqlResult, result }) => {
  const trouble = databaseTrouble(error)
  if (!trouble) return
  const language = messageLanguage(req.searchParams ?? new URLSearchParams(), req.headers?.get('accept-language') ?? undefined, UI_LANGUAGES, 'en')
  const t = translator(language as UiLanguage, 'errors')
  const statementTimeoutMs = Number((req.payload?.config.custom as { databaseStatementTimeoutMs?: number } | undefined)?.databaseStatementTimeoutMs)
  const seconds = Math.round(statementTimeoutMs / 100) / 10 || currentBudget()?.seconds
  const message = trouble === 'statementTimeout' ? t('requestTimedOut', { seconds }) : t('databaseUnavailable')
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message, extensions: { ...graphqlResult.extensions, statusCode: 503 } } }
  }
  return { status: 503, response: { ...result, errors: [{ message }] } }
}
