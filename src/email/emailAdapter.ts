import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'

import type { Env } from '../server/env'

export type CapturedEmail = { to: string; subject: string; html?: string; text?: string; from: string }

/**
 * Emails sent while no SMTP server is configured (development, tests): kept here and logged, so
 * password-reset links and workflow notifications can be followed and tested without a mail server.
 */
export const outbox: CapturedEmail[] = []

const addressList = (value: unknown): string =>
  (Array.isArray(value) ? value.flat() : [value])
    .filter(Boolean)
    .map((item) => (typeof item === 'string' ? item : (item as { address: string }).address))
    .join(', ')

/**
 * Payload's email adapter on nodemailer: SMTP from EMAIL_SMTP_URL in production, otherwise a
 * capturing transport. (Our own small adapter: @payloadcms/email-nodemailer pins an older payload.)
 */
export function createEmailAdapter(env: Env, log: (entry: CapturedEmail) => void): EmailAdapter {
  const from = parseFrom(env.emailFrom)
  const transport: Transporter = env.emailSmtpUrl
    ? nodemailer.createTransport(env.emailSmtpUrl)
    : nodemailer.createTransport({ jsonTransport: true })

  return () => ({
    name: env.emailSmtpUrl ? 'smtp' : 'outbox',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const sent = await transport.sendMail({ ...message, from: message.from ?? `${from.name} <${from.address}>` })
      if (!env.emailSmtpUrl) {
        const captured: CapturedEmail = {
          to: addressList(message.to),
          subject: String(message.subject ?? ''),
          html: typeof message.html === 'string' ? message.html : undefined,
          text: typeof message.text === 'string' ? message.text : undefined,
          from: typeof message.from === 'string' ? message.from : `${from.name} <${from.address}>`,
        }
        outbox.push(captured)
        log(captured)
      }
      return sent
    },
  })
}

function parseFrom(value: string): { name: string; address: string } {
  const match = value.match(/^\s*(.*?)\s*<([^>]+)>\s*$/)
  return match ? { name: match[1] || 'Clinic CMS', address: match[2]! } : { name: 'Clinic CMS', address: value.trim() }
}
