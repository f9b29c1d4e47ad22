/**
 * An error as a log field: what an operator needs to find the fault (type, message, stack, code,
 * status, the SQL of a failed query and the cause), and not the values a failed query was run with
 * (drizzle puts them in `params` and in the message: password hashes, reset tokens, personal data).
 */
export type DescribedError = {
  type: string
  message: string
  stack?: string
  code?: string
  status?: number
  query?: string
  cause?: DescribedError
}

const withoutQueryParams = (text: string): string => text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '\nparams: [not logged]')

export function describeError(error: unknown, depth = 0): DescribedError {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) }
  const { code, status, query, originalError } = error as Error & { code?: unknown; status?: unknown; query?: unknown; originalError?: unknown }
  // A GraphQL error wraps the error its resolver threw.
  const cause = error.cause ?? originalError
  return {
    type: error.name,
    message: withoutQueryParams(error.message),
    ...(error.stack ? { stack: withoutQueryParams(error.stack) } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof query === 'string' ? { query } : {}),
    ...(cause !== undefined && depth < 3 ? { cause: describeError(cause, depth + 1) } : {}),
  }
}
