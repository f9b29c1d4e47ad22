import type { AfterErrorHook } from 'payload'

import { requestLanguage, translator } from '@/i18n'
import type { ClientInputError } from './ClientInputError'

/** The ClientInputError behind an error, also when GraphQL wraps it (duck-typed: bundles may hold two copies of the class). */
function clientInputError(error: unknown): ClientInputError | undefined {
  for (const candidate of [error, (error as { originalError?: unknown } | undefined)?.originalError]) {
    if (candidate && typeof candidate === 'object' && (candidate as Error).name === 'ClientInputError' && 'messageKey' in candidate) {
      return candidate as ClientInputError
    }
  }
  return undefined
}

/** Puts a ClientInputError's message in the caller's language, on REST and GraphQL alike. */
export const translateClientInputErrors: AfterErrorHook = ({ error, graphqlResult, req, result }) => {
  const found = clientInputError(error)
  const language = requestLanguage(req)
  if (!found || language === 'en') return undefined
  const message = translator(language, 'errors')(found.messageKey, found.params)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message } }
  return { response: { ...result, errors: [{ message }] } }
}
