import { apiClient, login } from './api'
import type { TestServer } from './testServer'

export const STAFF_PASSWORD = 'correct horse battery staple'

export type Staff = { admin: string; editor: string; reviewer: string; translator: string; ids: Record<string, number> }

/** Registers the first admin, then one user per role through the REST API; returns their tokens. */
export async function createStaff(server: TestServer): Promise<Staff> {
  const anonymous = apiClient(server)
  const first = await anonymous.post('/api/users/first-register', { email: 'admin@example.com', password: STAFF_PASSWORD })
  if (first.status !== 200) throw new Error(`first-register failed: ${JSON.stringify(first.body)}`)
  const admin = await login(server, 'admin@example.com', STAFF_PASSWORD)
  const ids: Record<string, number> = { admin: first.body.user.id }
  for (const [role, extra] of [
    ['editor', {}],
    ['reviewer', {}],
    ['translator', { translatorLocales: ['th'] }],
  ] as const) {
    const created = await apiClient(server, admin).post('/api/users', {
      email: `${role}@example.com`,
      password: STAFF_PASSWORD,
      name: role,
      roles: [role],
      ...extra,
    })
    if (created.status !== 201) throw new Error(`creating ${role} failed: ${JSON.stringify(created.body)}`)
    ids[role] = created.body.doc.id
  }
  return {
    admin,
    editor: await login(server, 'editor@example.com', STAFF_PASSWORD),
    reviewer: await login(server, 'reviewer@example.com', STAFF_PASSWORD),
    translator: await login(server, 'translator@example.com', STAFF_PASSWORD),
    ids,
  }
}
