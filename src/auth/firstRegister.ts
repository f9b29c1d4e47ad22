import type { PayloadRequest } from 'payload'

/** Whether this request is Payload's first-register endpoint (`POST /api/users/first-register`). */
export const isFirstRegisterRequest = (req: PayloadRequest): boolean =>
  req.pathname === `${req.payload.config.routes.api}/users/first-register`

// Any constant: the same in every process that creates users in this database.
const USER_CREATION_LOCK_KEY = 7_340_212

type DrizzleAdapter = {
  drizzle: unknown
  sessions: Record<string | number, { db: unknown } | undefined>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Serialises user creation across processes until the operation's transaction ends: two
 * simultaneous first-register requests both saw an empty users table, and the second must see the
 * first's user once it holds the lock.
 */
export async function lockUserCreation(req: PayloadRequest): Promise<void> {
  const db = req.payload.db as unknown as DrizzleAdapter
  const transactionID = await req.transactionID
  const session = transactionID === undefined ? undefined : db.sessions[transactionID]
  // Payload's create operation always runs in a transaction; without one, the lock would be let go at once.
  if (!session) throw new Error('lockUserCreation needs the transaction of a create operation')
  await db.execute({ drizzle: session.db, raw: `SELECT pg_advisory_xact_lock(${USER_CREATION_LOCK_KEY})` })
}
