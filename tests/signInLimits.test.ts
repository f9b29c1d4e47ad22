import { describe, expect, it } from 'vitest'

import { throttledAddress } from '../src/auth/clientAddress'
import { bucketsFor, SIGN_IN_LIMITS } from '../src/auth/signInLimits'

/** The pure rules of sign-in throttling: which buckets an attempt draws from, and how addresses are counted. */
const digest = (...parts: string[]) => parts.join('|')

describe('sign-in limits', () => {
  it('draws a login from its account+address, address and account buckets', () => {
    const buckets = bucketsFor('login', { address: '10.0.0.1', account: 'pat@example.com' }, digest)
    expect(buckets.map((bucket) => [bucket.key, bucket.capacity])).toEqual([
      ['login:account+address:login|account+address|pat@example.com|10.0.0.1', SIGN_IN_LIMITS.login.accountFromAddress.capacity],
      ['login:address:login|address|10.0.0.1', SIGN_IN_LIMITS.login.address.capacity],
      ['login:account:login|account|pat@example.com', SIGN_IN_LIMITS.login.account.capacity],
    ])
  })

  it('spares an address the account signed in from the account-wide bucket', () => {
    const buckets = bucketsFor('login', { address: '10.0.0.1', account: 'pat@example.com', addressKnownToAccount: true }, digest)
    expect(buckets.map((bucket) => bucket.key.split(':')[1])).toEqual(['account+address', 'address'])
  })

  it('is strict per account and address, looser per address, loosest and slow to drain per account', () => {
    const { accountFromAddress, address, account } = SIGN_IN_LIMITS.login
    expect(accountFromAddress.capacity).toBeLessThan(account.capacity)
    expect(account.capacity).toBeLessThanOrEqual(address.capacity)
    expect(account.drainSeconds).toBeGreaterThanOrEqual(accountFromAddress.drainSeconds)
  })

  it('counts forgot-password per address and per account, first-register per address', () => {
    expect(bucketsFor('forgotPassword', { address: 'a', account: 'b' }, digest).map((bucket) => bucket.key.split(':')[1])).toEqual(['address', 'account'])
    expect(bucketsFor('firstRegister', { address: 'a' }, digest).map((bucket) => bucket.key.split(':')[1])).toEqual(['address'])
  })
})

describe('the address an attempt is counted under', () => {
  it('is the IPv4 address, also when IPv4-mapped', () => {
    expect(throttledAddress('203.0.113.7')).toBe('203.0.113.7')
    expect(throttledAddress('::ffff:203.0.113.7')).toBe('203.0.113.7')
  })

  it('is the /64 network of an IPv6 address, however it is written', () => {
    expect(throttledAddress('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64')
    expect(throttledAddress('2001:0db8:0001:0002::1')).toBe('2001:db8:1:2::/64')
    expect(throttledAddress('2001:db8::1')).toBe('2001:db8:0:0::/64')
    expect(throttledAddress('::1')).toBe('0:0:0:0::/64')
  })
})
