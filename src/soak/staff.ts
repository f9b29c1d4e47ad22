import { randomBytes } from 'node:crypto'

import type { SoakRequest } from './http'

export type SoakStaff = { admin: string; editor: string; reviewer: string; translator: string }

const ROLES = [
  ['editor', {}],
  ['reviewer', {}],
  ['translator', { translatorLocales: ['th'] }],
] as const

/**
 * Production has no sample users: the first admin registers (as on a fresh install), then creates
 * an editor, a reviewer and a Thai translator through the API. Each logs in once.
 */
export async function createSoakStaff(request: SoakRequest): Promise<SoakStaff> {
  const password = randomBytes(12).toString('base64url')
  const email = (role: string) => `soak-${role}@example.com`
  const first = await request('setup: first-register', { path: '/api/users/first-register', body: { email: email('admin'), password, name: 'Soak admin' } })
  if (first.outcome !== 'ok') throw new Error(`first-register failed: ${first.status} ${JSON.stringify(first.body)}`)
  const login = async (role: string) => {
    const answer = await request('setup: login', {
      path: '/api/users/login',
      body: { email: email(role), password },
      check: (body) => (typeof body?.token === 'string' ? undefined : 'no token in the answer'),
    })
    if (answer.outcome !== 'ok') throw new Error(`login of ${role} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
    return answer.body.token as string
  }
  const admin = await login('admin')
  for (const [role, extra] of ROLES) {
    const created = await request('setup: create user', {
      path: '/api/users',
      token: admin,
      body: { email: email(role), password, name: `Soak ${role}`, roles: [role], ...extra },
      ok: [201],
    })
    if (created.outcome !== 'ok') throw new Error(`creating the ${role} failed: ${created.status} ${JSON.stringify(created.body)}`)
  }
  return { admin, editor: await login('editor'), reviewer: await login('reviewer'), translator: await login('translator') }
}
