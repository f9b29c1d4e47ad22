/**
 * How often anyone may try to sign in, reset a password or create the first account: one table,
 * read by the throttle hooks and by docs/security.md. Each limit is a leaky bucket: `capacity`
 * attempts at once, then one more every `drainSeconds` (a bucket left alone empties completely).
 *
 * The shape is chosen so that an attacker cannot lock the real user out:
 * - account + address is strict, but only stops guesses from that one address;
 * - address alone stops one address spraying many accounts;
 * - account alone (every address together) is loose and slows rather than locks, and never
 *   applies to an address the account signed in from successfully in the last KNOWN_ADDRESS_DAYS,
 *   so guesses from elsewhere cannot keep the user out of their usual place of work.
 * A successful sign-in empties its account + address bucket and does not count against the others.
 */
export type Limit = { capacity: number; drainSeconds: number }

export const SIGN_IN_LIMITS = {
  login: {
    accountFromAddress: { capacity: 5, drainSeconds: 3 * 60 },
    address: { capacity: 20, drainSeconds: 60 },
    account: { capacity: 10, drainSeconds: 6 * 60 },
  },
  forgotPassword: {
    address: { capacity: 5, drainSeconds: 5 * 60 },
    account: { capacity: 5, drainSeconds: 12 * 60 },
  },
  firstRegister: {
    address: { capacity: 5, drainSeconds: 60 },
  },
} as const satisfies Record<string, Record<string, Limit>>

export const KNOWN_ADDRESS_DAYS = 30

export type SignInAction = keyof typeof SIGN_IN_LIMITS

export type Bucket = Limit & { key: string }

/** Who is trying: the client's address and, when the request names one, the account (email). */
export type Attempt = { address: string; account?: string; addressKnownToAccount?: boolean }

/** Emails compare as Payload compares them at login: trimmed and lower-cased. */
export const normalizeAccount = (email: string): string => email.trim().toLowerCase()

/**
 * The buckets one attempt draws from. `digest` turns the parts of a key into an opaque string, so
 * the table never holds an email or an address in clear.
 */
export function bucketsFor(action: SignInAction, attempt: Attempt, digest: (...parts: string[]) => string): Bucket[] {
  const { address, account } = attempt
  const bucket = (name: string, limit: Limit, ...parts: string[]): Bucket => ({ key: `${action}:${name}:${digest(action, name, ...parts)}`, ...limit })
  switch (action) {
    case 'login': {
      const limits = SIGN_IN_LIMITS.login
      if (account === undefined) return [bucket('address', limits.address, address)]
      return [
        bucket('account+address', limits.accountFromAddress, account, address),
        bucket('address', limits.address, address),
        ...(attempt.addressKnownToAccount ? [] : [bucket('account', limits.account, account)]),
      ]
    }
    case 'forgotPassword': {
      const limits = SIGN_IN_LIMITS.forgotPassword
      return [bucket('address', limits.address, address), ...(account === undefined ? [] : [bucket('account', limits.account, account)])]
    }
    case 'firstRegister':
      return [bucket('address', SIGN_IN_LIMITS.firstRegister.address, address)]
  }
}

/** The key that remembers an address the account signed in from. */
export const knownAddressKey = (attempt: Required<Pick<Attempt, 'account' | 'address'>>, digest: (...parts: string[]) => string): string =>
  `login:known:${digest('known', attempt.account, attempt.address)}`
