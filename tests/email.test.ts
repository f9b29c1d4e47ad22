import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../src/email/emailAdapter'
import { apiClient, login } from './helpers/api'
import { createStaff, STAFF_PASSWORD } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer('email')
  await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

describe('password reset by email', () => {
  it('emails a reset link that sets a new password', async () => {
    outbox.length = 0
    const requested = await apiClient(server).post('/api/users/forgot-password', { email: 'editor@example.com' })
    expect(requested.status).toBe(200)
    expect(outbox).toHaveLength(1)
    const email = outbox[0]!
    expect(email.to).toBe('editor@example.com')
    expect(email.from).toContain('no-reply@example.com')
    const token = email.html?.match(/\/admin\/reset\/([\w-]+)/)?.[1]
    expect(token).toBeTruthy()

    const reset = await apiClient(server).post('/api/users/reset-password', { token, password: 'a brand new passphrase' })
    expect(reset.status).toBe(200)
    await expect(login(server, 'editor@example.com', 'a brand new passphrase')).resolves.toBeTruthy()
    await expect(login(server, 'editor@example.com', STAFF_PASSWORD)).rejects.toThrow(/login failed/)
  })

  it('answers the same for an unknown address and sends nothing', async () => {
    outbox.length = 0
    const requested = await apiClient(server).post('/api/users/forgot-password', { email: 'nobody@example.com' })
    expect(requested.status).toBe(200)
    expect(outbox).toHaveLength(0)
  })
})
