import type { CollectionBeforeChangeHook } from 'payload'

import { CurrentPasswordRefused } from '@/auth/errors'
import { verifyPassword } from '@/auth/passwordHash'
import { normalizeAccount } from '@/auth/signInLimits'
import { settleSuccessfulLogin, throttle } from '@/auth/signInThrottle'
import type { User } from '@/payload-types'

export const CURRENT_PASSWORD = 'currentPassword'

/**
 * Changing one's own email or password needs the current password (`currentPassword` in the same
 * update, on every path: REST, GraphQL, the admin's account page), so a stolen session or an
 * unattended signed-in browser cannot take the account over. A wrong one counts as a failed
 * sign-in. The value is checked here and dropped: never stored, returned or logged.
 * Administrators changing someone else's email or password are not asked: they are not that user,
 * and they could give any account a new password anyway. Scripts (the Local API without a user,
 * e.g. npm run create-admin) are not asked either.
 */
export const requireCurrentPassword: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  const currentPassword: unknown = (data as Record<string, unknown>)[CURRENT_PASSWORD]
  delete (data as Record<string, unknown>)[CURRENT_PASSWORD]
  if (operation !== 'update' || !originalDoc || !req.user || req.user.collection !== 'users') return data
  if (String(req.user.id) !== String(originalDoc.id)) return data

  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const changesEmail = typeof data.email === 'string' && normalizeAccount(data.email) !== normalizeAccount(originalDoc.email)
  if (!changesPassword && !changesEmail) return data

  if (typeof currentPassword !== 'string' || currentPassword === '') throw new CurrentPasswordRefused(req, 'currentPasswordRequired')

  await throttle(req, 'login', originalDoc.email)
  const stored = await req.payload.db.findOne<{ id: number; hash?: string; salt?: string }>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
    req,
  })
  if (!stored || !(await verifyPassword(currentPassword, stored))) throw new CurrentPasswordRefused(req, 'currentPasswordWrong')
  await settleSuccessfulLogin(req, originalDoc.email)
  return data
}
