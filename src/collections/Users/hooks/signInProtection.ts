import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { PasswordResetUnavailable } from '@/auth/errors'
import { isFirstRegisterRequest } from '@/auth/firstRegister'
import { checkAgainstDecoy } from '@/auth/passwordHash'
import { settleSuccessfulLogin, throttle } from '@/auth/signInThrottle'
import { canSendEmail } from '@/email/emailAdapter'

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

/**
 * Login, forgot-password and first-register count against the limits in src/auth/signInLimits.ts
 * (429 with Retry-After past them). Requests Payload refuses anyway for a missing email or
 * password are not counted; the login first-register performs for its new user is not either.
 */
export const throttleSignInAttempts: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  if (operation === 'login' && filled(data.email) && filled(data.password) && !isFirstRegisterRequest(req)) {
    await throttle(req, 'login', data.email)
  } else if (operation === 'forgotPassword' && filled(data.email)) {
    await throttle(req, 'forgotPassword', data.email)
  } else if (operation === 'create' && isFirstRegisterRequest(req)) {
    await throttle(req, 'firstRegister')
  }
  return args
}

export const settleSuccessfulSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  if (typeof user?.email === 'string') await settleSuccessfulLogin(req, user.email)
}

/**
 * Payload answers an unknown email at once but checks a known one's password (~0.3 s), which
 * tells an attacker which accounts exist. An unknown email now costs the same password check.
 */
export const equalizeLoginTiming: CollectionBeforeOperationHook<'users'> = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  if (!filled(data.email) || !filled(data.password)) return args
  const user = await req.payload.db.findOne({
    collection: 'users',
    where: { email: { equals: data.email.toLowerCase().trim() } },
    select: { id: true },
    req,
  })
  if (!user) await checkAgainstDecoy(data.password)
  return args
}

/**
 * Without a mail server (production without EMAIL_SMTP_URL) a reset link could only end up in a
 * log: forgot-password is refused with a clear 503 before any token exists.
 */
export const refusePasswordResetWithoutMail: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation === 'forgotPassword' && !(args as { disableEmail?: boolean }).disableEmail && !canSendEmail(req.payload)) {
    throw new PasswordResetUnavailable(req)
  }
  return args
}
