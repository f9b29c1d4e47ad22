import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'

import type { Env } from '../server/env'
import type { Logger } from '../server/logger'

export type CapturedEmail = { to: string; subject: string; html?: string; text?: string; from: string }

/** How many captured emails are kept: enough for a developer or a test, never a growing heap. */
export const OUTBOX_LIMIT = 50

/**
 * Emails "sent" while no SMTP server is configured in development and tests: the newest
 * OUTBOX_LIMIT are kept here, so password-reset links and workflow notifications can be followed
 * and tested without a mail server. Production never captures.
 */
export const outbox: CapturedEmail[] = []

/** The adapter's name when production runs without EMAIL_SMTP_URL: nothing can be sent. */
export const EMAIL_NOT_CONFIGURED = 'not-configured'

/** Whether this Payload can deliver email (SMTP, or the development/test outbox). */
export const canSendEmail = (payload: Payload): boolean => payload.email?.name !== EMAIL_NOT_CONFIGURED

const addressList = (value: unknown): string =>
  (Array.isArray(value) ? value.flat() : [value])
    .filter(Boolean)
    .map((item) => (typeof item === 'string' ? item : (item as { address: string }).address))
    .join(', ')

/**
 * Payload's email adapter on nodemailer (our own small one: @payloadcms/email-nodemailer pins an
 * older payload):
 * - EMAIL_SMTP_URL set: sent over SMTP.
 * - production without it: nothing is sent or kept; a warn line says so without the body (a
 *   password-reset link is a credential). Forgot-password is refused before any token exists
 *   (Users hook refusePasswordResetWithoutMail).
 * - development and tests without it: captured in `outbox`; development also logs the whole
 *   message, so a reset link can be followed from the log. Tests log only who and what.
 */
export function createEmailAdapter(env: Env, log: Pick<Logger, 'info' | 'warn'>): EmailAdapter {
  const from = parseFrom(env.emailFrom)
  const fromLine = `${from.name} <${from.address}>`
  const base = { defaultFromAddress: from.address, defaultFromName: from.name }

  if (env.emailSmtpUrl) {
    const transport: Transporter = nodemailer.createTransport(env.emailSmtpUrl)
    return () => ({
      ...base,
      name: 'smtp',
      sendEmail: (message) => transport.sendMail({ ...message, from: message.from ?? fromLine }),
    })
  }

  if (env.isProduction) {
    return () => {
      log.warn('EMAIL_SMTP_URL is not set: password reset by email is off and no email is sent')
      return {
        ...base,
        name: EMAIL_NOT_CONFIGURED,
        sendEmail: async (message) => {
          log.warn('email not sent: EMAIL_SMTP_URL is not set', { to: addressList(message.to), subject: String(message.subject ?? '') })
        },
      }
    }
  }

  const transport: Transporter = nodemailer.createTransport({ jsonTransport: true })
  return () => ({
    ...base,
    name: 'outbox',
    sendEmail: async (message) => {
      const sent = await transport.sendMail({ ...message, from: message.from ?? fromLine })
      const captured: CapturedEmail = {
        to: addressList(message.to),
        subject: String(message.subject ?? ''),
        html: typeof message.html === 'string' ? message.html : undefined,
        text: typeof message.text === 'string' ? message.text : undefined,
        from: typeof message.from === 'string' ? message.from : fromLine,
      }
      outbox.push(captured)
      if (outbox.length > OUTBOX_LIMIT) outbox.splice(0, outbox.length - OUTBOX_LIMIT)
      const shown = { to: captured.to, subject: captured.subject }
      if (env.nodeEnv === 'development') {
        log.info('email (not sent: no EMAIL_SMTP_URL)', { ...shown, text: captured.text ?? stripTags(captured.html ?? '') })
      } else {
        log.info('email captured (not sent: no EMAIL_SMTP_URL)', shown)
      }
      return sent
    },
  })
}

function parseFrom(value: string): { name: string; address: string } {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/)
  return match ? { name: match[1] || 'Clinic CMS', address: match[2]! } : { name: 'Clinic CMS', address: value.trim() }
}

const stripTags = (html: string): string => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
