import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient, login } from './helpers/api'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
const password = 'correct horse battery staple'
let adminToken: string
let editorId: number
let editorToken: string

beforeAll(async () => {
  server = await startTestServer('users')
})
afterAll(async () => {
  await server?.close()
})

describe('first-run registration', () => {
  it('makes the first registered user an administrator, whatever roles it asked for', async () => {
    const response = await apiClient(server).post('/api/users/first-register', {
      email: 'owner@example.com',
      password,
      roles: ['translator'],
    })
    expect(response.status).toBe(200)
    expect(response.body.user.roles).toEqual(['admin'])
    adminToken = await login(server, 'owner@example.com', password)
  })

  it('closes first-register once a user exists', async () => {
    const response = await apiClient(server).post('/api/users/first-register', {
      email: 'intruder@example.com',
      password,
    })
    expect(response.status).toBe(403)
    const count = await server.runtime.pool.query(`SELECT count(*)::int AS n FROM users WHERE email = 'intruder@example.com'`)
    expect(count.rows[0].n).toBe(0)
  })
})

describe('role assignment', () => {
  it('lets an admin create an editor with roles', async () => {
    const response = await apiClient(server, adminToken).post('/api/users', {
      email: 'editor@example.com',
      password,
      name: 'Eddie',
      roles: ['editor'],
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.roles).toEqual(['editor'])
    editorId = response.body.doc.id
    editorToken = await login(server, 'editor@example.com', password)
  })

  it('refuses an editor promoting themself to admin through REST', async () => {
    const response = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { roles: ['admin'] })
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/Only administrators can change "roles"/)
    const stored = await server.runtime.pool.query('SELECT value FROM users_roles WHERE parent_id = $1', [editorId])
    expect(stored.rows.map((row) => row.value)).toEqual(['editor'])
  })

  it('refuses an editor promoting themself to admin through GraphQL', async () => {
    const response = await apiClient(server, editorToken).graphql(
      `mutation Promote($id: Int!) { updateUser(id: $id, data: { roles: [admin] }) { roles } }`,
      { id: editorId },
    )
    expect(response.body.errors?.[0]?.message).toMatch(/Only administrators can change "roles"/)
    expect(response.body.data?.updateUser ?? null).toBeNull()
    const stored = await server.runtime.pool.query('SELECT value FROM users_roles WHERE parent_id = $1', [editorId])
    expect(stored.rows.map((row) => row.value)).toEqual(['editor'])
  })

  it('refuses an editor granting themself translation locales', async () => {
    const response = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { translatorLocales: ['th'] })
    expect(response.status).toBe(403)
  })

  it('lets an editor update their own name while resubmitting unchanged roles', async () => {
    const response = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, {
      name: 'Edwina',
      roles: ['editor'],
    })
    expect(response.status).toBe(200)
    expect(response.body.doc).toMatchObject({ name: 'Edwina', roles: ['editor'] })
  })

  it('refuses an editor editing another user', async () => {
    const response = await apiClient(server, editorToken).patch('/api/users/1', { name: 'Hacked' })
    expect(response.status).toBe(403)
  })

  it('refuses a bulk update of roles by a non-admin', async () => {
    const response = await apiClient(server, editorToken).patch(
      `/api/users?where[email][equals]=editor@example.com`,
      { roles: ['admin'] },
    )
    expect(response.status).toBe(403)
  })

  it('requires at least one locale for a translator', async () => {
    const missing = await apiClient(server, adminToken).post('/api/users', {
      email: 'translator@example.com',
      password,
      roles: ['translator'],
    })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/at least one locale/)
    const created = await apiClient(server, adminToken).post('/api/users', {
      email: 'translator@example.com',
      password,
      roles: ['translator'],
      translatorLocales: ['th'],
    })
    expect(created.status).toBe(201)
    expect(created.body.doc.translatorLocales).toEqual(['th'])
  })

  it('rejects a role that does not exist with a 400', async () => {
    const response = await apiClient(server, adminToken).post('/api/users', {
      email: 'weird@example.com',
      password,
      roles: ['superuser'],
    })
    expect(response.status).toBe(400)
  })

  it('refuses to remove the admin role from the last administrator', async () => {
    const response = await apiClient(server, adminToken).patch('/api/users/1', { roles: ['editor'] })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/at least one administrator/)
    const refused = await apiClient(server, adminToken).delete('/api/users/1')
    expect(refused.status).toBe(400)
  })

  it('hides the user list from anonymous callers', async () => {
    const response = await apiClient(server).get('/api/users')
    expect(response.status).toBe(403)
  })
})

describe('changing one’s own email or password', () => {
  const fieldError = (response: { body: any }) => response.body.errors?.[0]?.data?.errors?.[0]
  const newPassword = 'a new and longer passphrase'

  it('asks for the current password before changing one’s own password', async () => {
    const missing = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { password: newPassword })
    expect(missing.status).toBe(400)
    expect(fieldError(missing)).toEqual({ path: 'currentPassword', message: 'Enter your current password to change your email or password.' })
    expect(missing.body.errors[0].message).toBe('Enter your current password to change your email or password.')

    const wrong = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { password: newPassword, currentPassword: 'not my password' }, { 'Accept-Language': 'th' })
    expect(wrong.status).toBe(400)
    expect(fieldError(wrong).message).toBe('รหัสผ่านปัจจุบันไม่ถูกต้อง')

    const bulk = await apiClient(server, editorToken).patch(`/api/users?where[id][equals]=${editorId}`, { password: newPassword })
    expect(bulk.status).toBe(400)
    expect(bulk.body.docs).toEqual([])
    expect(bulk.body.errors[0].message).toBe('Enter your current password to change your email or password.')
    await expect(login(server, 'editor@example.com', password)).resolves.toBeTruthy()
  })

  it('changes the password given the current one, which is neither stored nor returned', async () => {
    const changed = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { password: newPassword, currentPassword: password })
    expect(changed.status).toBe(200)
    expect(changed.body.doc).not.toHaveProperty('currentPassword')
    expect(JSON.stringify(changed.body)).not.toContain(password)
    editorToken = await login(server, 'editor@example.com', newPassword)
    await expect(login(server, 'editor@example.com', password)).rejects.toThrow(/login failed/)
    const columns = await server.runtime.pool.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'users' AND column_name LIKE '%current%'`)
    expect(columns.rows).toEqual([])
  })

  it('asks for the current password before changing one’s own email, through GraphQL too', async () => {
    const mutation = `mutation Rename($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { email } }`
    const missing = await apiClient(server, editorToken).graphql(mutation, { id: editorId, data: { email: 'edwina@example.com' } })
    expect(missing.body.data?.updateUser ?? null).toBeNull()
    expect(missing.body.errors[0].extensions.data.errors[0]).toMatchObject({ path: 'currentPassword' })
    const renamed = await apiClient(server, editorToken).graphql(mutation, { id: editorId, data: { email: 'edwina@example.com', currentPassword: newPassword } })
    expect(renamed.body.errors).toBeUndefined()
    expect(renamed.body.data.updateUser.email).toBe('edwina@example.com')
    // An unchanged email (the admin form resends it) needs nothing.
    const unchanged = await apiClient(server, editorToken).patch(`/api/users/${editorId}`, { email: 'Edwina@example.com', name: 'Edwina' })
    expect(unchanged.status).toBe(200)
  })

  it('lets an administrator set another user’s password without it, but asks for their own', async () => {
    const reset = await apiClient(server, adminToken).patch(`/api/users/${editorId}`, { password })
    expect(reset.status).toBe(200)
    await expect(login(server, 'edwina@example.com', password)).resolves.toBeTruthy()
    const own = await apiClient(server, adminToken).patch('/api/users/1', { password: newPassword })
    expect(own.status).toBe(400)
    expect(fieldError(own).path).toBe('currentPassword')
  })
})
