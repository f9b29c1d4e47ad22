import { APIError, type PayloadRequest } from 'payload'

import { translator } from '../i18n'
import { requestLanguage } from '../i18n/requestLanguage'
import type { SignInAction } from './signInLimits'

/** Our API's own error messages in the caller's language. */
export const errorMessages = (req: PayloadRequest) => translator(requestLanguage(req), 'errors')

/** "45 seconds", "3 minutes": how long to wait, in the caller's language. */
function waitText(req: PayloadRequest, seconds: number): string {
  const t = errorMessages(req)
  return seconds < 90 ? t('wait.seconds', { count: seconds }) : t('wait.minutes', { count: Math.ceil(seconds / 60) })
}

/** 429 with Retry-After: the throttle refused this attempt. Payload logs it under this name. */
export class TooManyAttempts extends APIError {
  override name = 'TooManyAttempts'
  constructor(req: PayloadRequest, action: SignInAction, retryAfterSeconds: number) {
    super(errorMessages(req)(`tooManyAttempts.${action}`, { wait: waitText(req, retryAfterSeconds) }), 429, { retryAfterSeconds }, true)
    // Payload adds req.responseHeaders to its REST and GraphQL error responses.
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  }
}

/** 503: forgot-password needs a mail server, and production has none configured. */
export class PasswordResetUnavailable extends APIError {
  override name = 'PasswordResetUnavailable'
  constructor(req: PayloadRequest) {
    super(errorMessages(req)('passwordResetUnavailable'), 503, undefined, true)
  }
}

/**
 * 400 on the `currentPassword` field: our message is the error's own (the admin shows it in its
 * toast) and the field's (the admin marks the field), as for Payload's validation errors.
 */
export class CurrentPasswordRefused extends APIError {
  override name = 'CurrentPasswordRefused'
  constructor(req: PayloadRequest, reason: 'currentPasswordRequired' | 'currentPasswordWrong') {
    const message = errorMessages(req)(reason)
    super(message, 400, { errors: [{ path: 'currentPassword', message }] }, true)
  }
}
