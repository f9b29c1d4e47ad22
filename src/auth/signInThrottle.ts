import { createHmac } from 'node:crypto'
import type { Pool } from 'pg'
import type { PayloadRequest } from 'payload'

import { giveBack, isRemembered, remember, takeAttempt } from './attemptBuckets'
import { clientAddressOf } from './clientAddress'
import { TooManyAttempts } from './errors'
import { bucketsFor, KNOWN_ADDRESS_DAYS, knownAddressKey, normalizeAccount, type Attempt, type SignInAction } from './signInLimits'

/** What a throttled login took, kept on the request until Payload says whether it succeeded. */
type TakenLogin = { account: string; address: string; accountFromAddressKey: string; sharedKeys: string[] }
const TAKEN = 'signInThrottle.logins'

const poolOf = (req: PayloadRequest): Pool => (req.payload.db as unknown as { pool: Pool }).pool

/** Bucket keys hold an HMAC of the email and address under the Payload secret, never them in clear. */
const digestFor =
  (req: PayloadRequest) =>
  (...parts: string[]): string =>
    createHmac('sha256', req.payload.secret).update(parts.join('\u0000')).digest('base64url').slice(0, 32)

/**
 * Counts one attempt of `action` by this HTTP request against the limits in signInLimits.ts, or
 * throws 429 (Retry-After) when a limit is reached. The Local API is not throttled.
 */
export async function throttle(req: PayloadRequest, action: SignInAction, email?: string): Promise<void> {
  const address = clientAddressOf(req)
  if (address === undefined) return
  const digest = digestFor(req)
  const attempt: Attempt = { address, account: email === undefined ? undefined : normalizeAccount(email) }
  if (action === 'login' && attempt.account !== undefined) {
    attempt.addressKnownToAccount = await isRemembered(poolOf(req), knownAddressKey({ account: attempt.account, address }, digest))
  }
  const buckets = bucketsFor(action, attempt, digest)
  const wait = await takeAttempt(poolOf(req), buckets)
  if (wait > 0) throw new TooManyAttempts(req, action, wait)
  if (action === 'login' && attempt.account !== undefined) {
    const [accountFromAddress, ...shared] = buckets
    const taken = ((req.context[TAKEN] as Record<string, TakenLogin> | undefined) ??= {})
    taken[attempt.account] = { account: attempt.account, address, accountFromAddressKey: accountFromAddress!.key, sharedKeys: shared.map((bucket) => bucket.key) }
  }
}

/**
 * A login throttled by this request succeeded: its account + address bucket empties, the shared
 * buckets get their attempt back (successes are not failures), and the address is remembered as
 * one this account signs in from.
 */
export async function settleSuccessfulLogin(req: PayloadRequest, email: string): Promise<void> {
  const taken = (req.context[TAKEN] as Record<string, TakenLogin> | undefined)?.[normalizeAccount(email)]
  if (!taken) return
  const pool = poolOf(req)
  await giveBack(pool, [taken.accountFromAddressKey], Infinity)
  await giveBack(pool, taken.sharedKeys, 1)
  await remember(pool, knownAddressKey(taken, digestFor(req)), KNOWN_ADDRESS_DAYS * 24 * 60 * 60)
  delete (req.context[TAKEN] as Record<string, TakenLogin>)[taken.account]
}
