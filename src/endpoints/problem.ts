/** The error body of our own endpoints, the same shape as Payload's: `{ errors: [{ message }] }`. */
export const problem = (status: number, message: string): Response => Response.json({ errors: [{ message }] }, { status })

/** A request our rules refuse, with the status and the message the caller gets. */
export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
