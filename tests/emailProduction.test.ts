import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../src/email/emailAdapter'
import { apiClient } from './helpers/api'
import { createStaff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

/** A production server without EMAIL_SMTP_URL: password reset by email is refused, clearly. */
let server: TestServer

beforeAll(async () => {
  server = await startTestServer('email_production', { NODE_ENV: 'production', RUN_JOBS: 'false' })
  await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

describe('password reset in production without a mail server', () => {
  it('answers forgot-password with 503 and a message saying to ask an administrator, in the caller’s language, and creates no token', async () => {
    const refused = await apiClient(server).post('/api/users/forgot-password', { email: 'editor@example.com' })
    expect(refused.status).toBe(503)
    expect(refused.body.errors[0].message).toBe(
      'Password reset by email is not configured on this server. Ask an administrator to set a new password for you.',
    )
    const inThai = await apiClient(server).post('/api/users/forgot-password', { email: 'editor@example.com' }, { 'Accept-Language': 'th' })
    expect(inThai.body.errors[0].message).toMatch(/^เซิร์ฟเวอร์นี้ไม่ได้ตั้งค่าการรีเซ็ตรหัสผ่านทางอีเมล/)

    const tokens = await server.runtime.pool.query('SELECT count(*)::int AS n FROM users WHERE reset_password_token IS NOT NULL')
    expect(tokens.rows[0].n).toBe(0)
    expect(outbox).toHaveLength(0)
  })

  it('answers an unknown address the same way', async () => {
    const refused = await apiClient(server).post('/api/users/forgot-password', { email: 'nobody@example.com' })
    expect(refused.status).toBe(503)
  })
})
