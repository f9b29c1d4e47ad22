import crypto from 'node:crypto'

/**
 * Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, not
 * exported): `pbkdf2-sha256-v1:<hex>` is PBKDF2-SHA256 with 600,000 iterations and 32 bytes;
 * a hash without the prefix is the legacy 25,000 iterations and 512 bytes. If Payload changes
 * its cost, the login-timing test in tests/signInProtection.test.ts fails.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }

const pbkdf2 = (password: string, salt: string, { iterations, keyLength }: typeof CURRENT): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) => (error ? reject(error) : resolve(key))),
  )

/** Whether `password` matches a stored hash and salt, in constant time for a given hash. */
export async function verifyPassword(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT_PREFIX)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT_PREFIX.length) : stored.hash, 'hex')
  const actual = await pbkdf2(password, stored.salt, current ? CURRENT : LEGACY)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const decoy = { salt: crypto.randomBytes(32).toString('hex'), hash: CURRENT_PREFIX + crypto.randomBytes(32).toString('hex') }

/**
 * Spends what checking a password costs, against a hash no password matches: a login for an
 * unknown email then takes as long as one with a wrong password.
 */
export async function checkAgainstDecoy(password: string): Promise<void> {
  await verifyPassword(password, decoy)
}
