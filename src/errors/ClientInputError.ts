import { APIError } from 'payload'

import { translator } from '@/i18n'

/**
 * A value the client sent that cannot be used (a malformed id, a number out of range, a date that is
 * not a date, list arguments out of bounds): a 400. The message is a key of the `errors` namespace,
 * in English here and in the caller's language on the way out (translateClientInputErrors), since
 * where it is thrown the request is not always at hand. Logged at info without a stack (see
 * `loggingLevels` in the Payload config), as the client's mistake it is.
 */
export class ClientInputError extends APIError {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(translator('en', 'errors')(messageKey, params), 400, null, true)
  }
}
