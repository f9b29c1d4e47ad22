import { describe, expect, it } from 'vitest'

import { describeError } from '../src/server/logging/describeError'
import { errorLogLevel, requestLogLevel } from '../src/server/logging/levels'
import { redactSecrets } from '../src/server/logging/redactSecrets'
import { findSecrets, TEST_SECRETS } from './helpers/secretScanner'
import { STAFF_PASSWORD } from './helpers/staff'

const JWT = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6MSwiY29sbGVjdGlvbiI6InVzZXJzIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg'
const RESET_TOKEN = '3f1c0d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e'
const line = (fields: Record<string, unknown>) => JSON.stringify({ level: 'info', time: '2026-01-01T00:00:00.000Z', ...fields })

/** Lines with a secret, as some code could write them. */
const LEAKS: Record<string, string> = {
  'a test password': line({ msg: 'login', body: `{"email":"a@example.com","password":"${STAFF_PASSWORD}"}` }),
  'a password field': line({ msg: 'user', password: 'hunter2-but-longer' }),
  'a JWT': line({ msg: 'request', token: undefined, note: `got ${JWT}` }),
  'an Authorization header': line({ msg: 'request', headers: { authorization: `JWT ${JWT}` } }),
  'a bearer token in text': `Error: upstream refused Bearer ${TEST_SECRETS.at(-1)}`,
  'a login cookie': line({ msg: 'request', cookie: `payload-token=${JWT}; lng=th` }),
  'a Set-Cookie in text': `set-cookie: payload-token=abc.def.ghi; Path=/; HttpOnly`,
  'a reset token field': line({ msg: 'user', resetPasswordToken: RESET_TOKEN }),
  'a token field of another name': line({ msg: 'email', resetToken: RESET_TOKEN }),
  'a password-reset link': line({ msg: 'email (not sent: no EMAIL_SMTP_URL)', text: `Follow http://localhost:3000/admin/reset/${RESET_TOKEN} to reset` }),
  'a token in a query string': line({ msg: 'request', url: `/api/users/verify?token=${RESET_TOKEN}` }),
}

describe('the secret scanner of the test run logs', () => {
  it.each(Object.entries(LEAKS))('finds %s', (_name, leak) => {
    const findings = findSecrets(`${line({ msg: 'fine' })}\n${leak}\n`, { development: false })
    expect(findings.length).toBeGreaterThan(0)
    expect(findings.map((finding) => finding.line)).toEqual(findings.map(() => 2))
  })

  it('finds nothing in ordinary lines', () => {
    const ordinary = [
      line({ msg: 'request', method: 'POST', path: '/api/users/login', status: 401, durationMs: 3.2, requestId: 'kiosk-42.abc' }),
      line({ msg: 'The email or password provided is incorrect.', error: 'AuthenticationError', status: 401 }),
      line({ msg: 'email (not sent: no EMAIL_SMTP_URL)', text: 'Follow http://localhost:3000/admin/reset/[redacted] to reset' }),
      line({ msg: 'request', authorization: '[redacted]', note: 'JWT [redacted]' }),
    ]
    expect(findSecrets(ordinary.join('\n'), { development: false })).toEqual([])
  })

  it('lets a development process print the sample accounts and reset links, and nothing else', () => {
    const devLogin = line({ msg: 'development login', email: 'editor@example.com', password: 'editor-dev-password', roles: ['editor'] })
    const resetLink = LEAKS['a password-reset link']!
    expect(findSecrets(`${devLogin}\n${resetLink}`, { development: true })).toEqual([])
    expect(findSecrets(devLogin, { development: false })).not.toEqual([])
    expect(findSecrets(line({ msg: 'oops', note: 'editor-dev-password' }), { development: true })).not.toEqual([])
    expect(findSecrets(LEAKS['a JWT']!, { development: true })).not.toEqual([])
  })
})

describe('redaction of every log line', () => {
  it.each(Object.entries(LEAKS).filter(([name]) => name !== 'a test password'))('removes %s outside development', (_name, leak) => {
    const redacted = redactSecrets(leak, false)
    expect(redacted).toContain('[redacted]')
    expect(findSecrets(redacted, { development: false })).toEqual([])
  })

  it('keeps reset links and the sample accounts in development, never tokens', () => {
    expect(redactSecrets(LEAKS['a password-reset link']!, true)).toContain(RESET_TOKEN)
    expect(redactSecrets(line({ msg: 'development login', password: 'admin-dev-password' }), true)).toContain('admin-dev-password')
    expect(redactSecrets(LEAKS['a JWT']!, true)).not.toContain(JWT)
    expect(redactSecrets(LEAKS['a login cookie']!, true)).not.toContain(JWT)
  })

  it('leaves ordinary text alone', () => {
    const ordinary = line({ msg: 'request', path: '/api/articles/12', note: 'Basic rules apply' })
    expect(redactSecrets(ordinary, false)).toBe(ordinary)
  })
})

describe('log levels', () => {
  it('logs a request line by its status', () => {
    expect([200, 304, 400, 401, 404, 409, 499, 500, 503].map(requestLogLevel)).toEqual(['info', 'info', 'warn', 'warn', 'warn', 'warn', 'warn', 'error', 'error'])
  })

  it('logs a client mistake at info, a hang-up at debug, everything else at error', () => {
    const withStatus = (status: number) => Object.assign(new Error('x'), { status })
    expect(errorLogLevel(withStatus(409), false)).toBe('info')
    expect(errorLogLevel({ message: 'Forbidden', originalError: withStatus(403) }, false)).toBe('info')
    expect(errorLogLevel(withStatus(500), false)).toBe('error')
    expect(errorLogLevel(new TypeError('undefined is not a function'), false)).toBe('error')
    expect(errorLogLevel(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }), true)).toBe('debug')
    // The same error while the client is still there is the server's: e.g. the database connection reset.
    expect(errorLogLevel(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), false)).toBe('error')
  })

  it('describes an error without the values of a failed query', () => {
    const failed = Object.assign(new Error('Failed query: select * from users where email = $1\nparams: someone@example.com'), {
      query: 'select * from users where email = $1',
      params: ['someone@example.com'],
    })
    const described = describeError(failed)
    expect(described).toMatchObject({ type: 'Error', query: 'select * from users where email = $1' })
    expect(JSON.stringify(described)).not.toContain('someone@example.com')
    expect(described.stack).toMatch(/\n\s+at /)
  })
})
