import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SIGN_IN_LIMITS } from '../src/auth/signInLimits'
import { apiClient, type ApiResponse } from './helpers/api'
import { makeDataDir, spawnServer, waitForReady, type ServerProcess } from './helpers/serverProcess'
import { startTestServer, type TestServer } from './helpers/testServer'

/**
 * Sign-in protection through real HTTP. The server trusts X-Forwarded-For from loopback
 * (TRUST_PROXY=loopback), so each request can come from the address the test chooses.
 */
let server: TestServer
let adminToken: string
const password = 'correct horse battery staple'
const TEST_SECRET = 'test-secret-with-at-least-32-characters!'

const from = (address: string, headers: Record<string, string> = {}) => ({ 'X-Forwarded-For': address, ...headers })
const client = (target: { baseURL: string } = server) => apiClient(target)
const login = (address: string, email: string, secret: string, target?: { baseURL: string }, headers?: Record<string, string>) =>
  client(target).post('/api/users/login', { email, password: secret }, from(address, headers))

const statuses = (responses: ApiResponse[]) => responses.map((response) => response.status)
const message = (response: ApiResponse) => response.body?.errors?.[0]?.message as string

async function createUser(email: string): Promise<void> {
  const created = await apiClient(server, adminToken).post('/api/users', { email, password, roles: ['editor'] }, from('10.0.0.100'))
  expect(created.status, JSON.stringify(created.body)).toBe(201)
}

/** Runs the calls a few at a time: enough to overlap, not enough to swamp a shared machine. */
async function inBatches<T>(count: number, size: number, call: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  for (let start = 0; start < count; start += size) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(size, count - start) }, (_, offset) => call(start + offset)))))
  }
  return results
}

beforeAll(async () => {
  server = await startTestServer('sign_in', { TRUST_PROXY: 'loopback' })
})
afterAll(async () => {
  await server?.close()
})

describe('first-register', () => {
  it('throttles repeated first-register attempts from one address while no account exists', async () => {
    const { capacity } = SIGN_IN_LIMITS.firstRegister.address
    for (let attempt = 0; attempt < capacity; attempt++) {
      const refused = await client().post('/api/users/first-register', { email: 'owner@example.com', password: '' }, from('10.0.0.1'))
      expect(refused.status).toBe(400)
    }
    const throttled = await client().post('/api/users/first-register', { email: 'owner@example.com', password }, from('10.0.0.1'))
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(message(throttled)).toMatch(/^Too many attempts to create the first account\. Try again in \d+ seconds?\.$/)
    const users = await server.runtime.pool.query('SELECT count(*)::int AS n FROM users')
    expect(users.rows[0].n).toBe(0)
  })

  it('lets exactly one of several simultaneous first-register requests create the first administrator', async () => {
    const emails = ['owner@example.com', 'rival-1@example.com', 'rival-2@example.com', 'rival-3@example.com']
    const responses = await Promise.all(
      emails.map((email, index) => client().post('/api/users/first-register', { email, password }, from(`10.0.1.${index + 1}`))),
    )
    expect(statuses(responses).sort()).toEqual([200, 403, 403, 403])
    const users = await server.runtime.pool.query(
      `SELECT u.email, array_agg(r.value::text) AS roles FROM users u JOIN users_roles r ON r.parent_id = u.id GROUP BY u.email`,
    )
    expect(users.rows).toHaveLength(1)
    expect(users.rows[0].roles).toEqual(['admin'])
    const winner = responses.find((response) => response.status === 200)!
    expect(winner.body.user.email).toBe(users.rows[0].email)
    adminToken = winner.body.token
  })
})

describe('login throttling', () => {
  it('answers 429 with Retry-After after five wrong passwords from one address, in the caller’s language, while the account still signs in from another address', async () => {
    await createUser('pat@example.com')
    const { capacity } = SIGN_IN_LIMITS.login.accountFromAddress
    for (let attempt = 0; attempt < capacity; attempt++) {
      expect((await login('10.0.2.1', 'pat@example.com', 'wrong password')).status).toBe(401)
    }
    const throttled = await login('10.0.2.1', 'pat@example.com', password)
    expect(throttled.status).toBe(429)
    const retryAfter = Number(throttled.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_LIMITS.login.accountFromAddress.drainSeconds)
    expect(message(throttled)).toMatch(/^Too many sign-in attempts\. Try again in \d+ (seconds?|minutes?)\.$/)
    expect(throttled.body.errors[0].data.retryAfterSeconds).toBe(retryAfter)

    const inThai = await login('10.0.2.1', 'pat@example.com', password, undefined, { 'Accept-Language': 'th' })
    expect(inThai.status).toBe(429)
    expect(message(inThai)).toMatch(/^พยายามเข้าสู่ระบบหลายครั้งเกินไป โปรดลองอีกครั้งในอีก \d+ (วินาที|นาที)$/)

    // No lockout: the owner signs in from their own address.
    expect((await login('10.0.2.2', 'pat@example.com', password)).status).toBe(200)
  })

  it('counts logins through GraphQL like logins through REST', async () => {
    await createUser('gale@example.com')
    const graphqlLogin = (secret: string) =>
      client().graphql(
        'mutation Login($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
        { email: 'gale@example.com', password: secret },
        from('10.0.3.1'),
      )
    for (let attempt = 0; attempt < 3; attempt++) expect((await login('10.0.3.1', 'gale@example.com', 'wrong password')).status).toBe(401)
    for (let attempt = 0; attempt < 2; attempt++) expect((await graphqlLogin('wrong password')).body.errors?.[0]?.extensions?.statusCode).toBe(401)
    const throttled = await graphqlLogin(password)
    expect(throttled.body.data?.loginUser ?? null).toBeNull()
    expect(throttled.body.errors[0].extensions.statusCode).toBe(429)
    expect(throttled.body.errors[0].message).toMatch(/^Too many sign-in attempts/)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('throttles one address trying many accounts (password spraying)', async () => {
    const { capacity } = SIGN_IN_LIMITS.login.address
    const sprayed = await inBatches(capacity, 6, (index) => login('10.0.4.1', `nobody-${index}@example.com`, 'Summer2026!'))
    expect(new Set(statuses(sprayed))).toEqual(new Set([401]))
    await createUser('sam@example.com')
    const throttled = await login('10.0.4.1', 'sam@example.com', password)
    expect(throttled.status).toBe(429)
    expect((await login('10.0.4.2', 'sam@example.com', password)).status).toBe(200)
  })

  it('slows guesses at one account from many addresses for new addresses, never for an address the account signed in from', async () => {
    await createUser('kim@example.com')
    expect((await login('10.0.5.1', 'kim@example.com', password)).status).toBe(200)
    const { capacity } = SIGN_IN_LIMITS.login.account
    const guesses = await inBatches(capacity, 6, (index) => login(`10.9.5.${index + 1}`, 'kim@example.com', 'wrong password'))
    expect(new Set(statuses(guesses))).toEqual(new Set([401]))
    expect((await login('10.9.6.1', 'kim@example.com', 'wrong password')).status).toBe(429)
    expect((await login('10.0.5.2', 'kim@example.com', password)).status).toBe(429)
    // Where Kim signed in before, the attack changes nothing.
    expect((await login('10.0.5.1', 'kim@example.com', password)).status).toBe(200)
  })

  it('answers an unknown email exactly like a wrong password', async () => {
    await createUser('lee@example.com')
    const known = await login('10.0.6.1', 'lee@example.com', 'wrong password')
    const unknown = await login('10.0.6.1', 'nobody-at-all@example.com', 'wrong password')
    expect(unknown.status).toBe(known.status)
    expect(message(unknown)).toBe(message(known))
  })

  it('shares the counts between processes through PostgreSQL', async () => {
    await createUser('max@example.com')
    const dataDir = makeDataDir('sign_in_second')
    // The same secret as the test server: in production every replica shares PAYLOAD_SECRET.
    fs.writeFileSync(path.join(dataDir, 'payload-secret'), `${TEST_SECRET}\n`)
    let second: ServerProcess | undefined
    try {
      second = await spawnServer({ dataDir, env: { DATABASE_URI: server.databaseUri, TRUST_PROXY: 'loopback', RUN_JOBS: 'false', LOG_LEVEL: 'warn' } })
      await waitForReady(second)
      const other = { baseURL: `http://127.0.0.1:${second.port}` }
      const targets = [server, other, server, other, server]
      for (const target of targets) expect((await login('10.0.7.1', 'max@example.com', 'wrong password', target)).status).toBe(401)
      expect((await login('10.0.7.1', 'max@example.com', password, other)).status).toBe(429)
      expect((await login('10.0.7.1', 'max@example.com', password, server)).status).toBe(429)
    } finally {
      if (second && second.child.exitCode === null) {
        second.child.kill('SIGTERM')
        await second.exited
      }
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  })
})

describe('forgot-password throttling', () => {
  it('throttles forgot-password per address and per account', async () => {
    const forgot = (address: string, email: string) => client().post('/api/users/forgot-password', { email }, from(address))
    const perAddress = SIGN_IN_LIMITS.forgotPassword.address.capacity
    for (let index = 0; index < perAddress; index++) expect((await forgot('10.0.8.1', `someone-${index}@example.com`)).status).toBe(200)
    const throttled = await forgot('10.0.8.1', 'someone-else@example.com')
    expect(throttled.status).toBe(429)
    expect(message(throttled)).toMatch(/^Too many password reset requests\. Try again in \d+ minutes?\.$/)

    const perAccount = SIGN_IN_LIMITS.forgotPassword.account.capacity
    for (let index = 0; index < perAccount; index++) expect((await forgot(`10.0.9.${index + 1}`, 'Pat@Example.com ')).status).toBe(200)
    expect((await forgot('10.0.9.100', 'pat@example.com')).status).toBe(429)
  })
})

describe('login timing', () => {
  it('takes as long for an unknown email as for a known one with a wrong password', async () => {
    await createUser('timing@example.com')
    const elapsed = async (address: string, email: string) => {
      const started = performance.now()
      const response = await login(address, email, 'wrong password')
      expect(response.status).toBe(401)
      return performance.now() - started
    }
    const known: number[] = []
    const unknown: number[] = []
    // Alternating, one at a time, each from its own address (the per-address limit stays out of it).
    for (let round = 0; round < 5; round++) {
      known.push(await elapsed(`10.1.0.${round + 1}`, 'timing@example.com'))
      unknown.push(await elapsed(`10.1.1.${round + 1}`, `not-a-user-${round}@example.com`))
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const ratio = median(unknown) / median(known)
    console.info(`login timing: median known ${median(known).toFixed(0)} ms, unknown ${median(unknown).toFixed(0)} ms, ratio ${ratio.toFixed(2)}`)
    // Before the fix the ratio was about 0.07 (20 ms against 290 ms).
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  })
})
