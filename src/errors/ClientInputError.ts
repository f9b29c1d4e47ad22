import { APIError } from 'payload'

/**
 * A value the client sent that cannot be used (a malformed id, a number out of range, a date that is
 * not a date): a 400 with the message as given. Logged at info without a stack (see `loggingLevels`
 * in the Payload config), as the client's mistake it is.
 */
export class ClientInputError extends APIError {
  constructor(message: string, data: Record<string, unknown> | null = null) {
    super(message, 400, data, true)
  }
}
