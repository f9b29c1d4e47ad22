import type { Payload } from 'payload'
import { beforeEach, describe, expect, it } from 'vitest'

import { createEmailAdapter, EMAIL_NOT_CONFIGURED, outbox, OUTBOX_LIMIT } from '../src/email/emailAdapter'
import { loadEnv } from '../src/server/env'
import { createLogger } from '../src/server/logger'

/** The email adapter without a mail server, in each environment, and what it writes to the log. */
const resetMail = { to: 'editor@example.com', subject: 'Reset your password', html: '<a href="http://localhost:3000/admin/reset/0123456789abcdef">http://localhost:3000/admin/reset/0123456789abcdef</a>' }

function adapterIn(nodeEnv: 'development' | 'test' | 'production') {
  const lines: Array<Record<string, unknown>> = []
  const env = loadEnv({ NODE_ENV: nodeEnv, PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_URI: 'postgres://cms@db:5432/cms' })
  const adapter = createEmailAdapter(env, createLogger('debug', (line) => lines.push(JSON.parse(line))))({ payload: {} as Payload })
  return { adapter, lines }
}

beforeEach(() => {
  outbox.length = 0
})

describe('email without EMAIL_SMTP_URL', () => {
  it('keeps only the newest emails in development and tests', async () => {
    const { adapter } = adapterIn('test')
    for (let index = 0; index < OUTBOX_LIMIT + 20; index++) await adapter.sendEmail({ to: `user-${index}@example.com`, subject: `mail ${index}`, text: 'hello' })
    expect(outbox).toHaveLength(OUTBOX_LIMIT)
    expect(outbox[0]!.subject).toBe('mail 20')
    expect(outbox.at(-1)!.subject).toBe(`mail ${OUTBOX_LIMIT + 19}`)
  })

  it('logs the whole email, reset link included, only in development', async () => {
    const development = adapterIn('development')
    await development.adapter.sendEmail(resetMail)
    expect(JSON.stringify(development.lines)).toContain('/admin/reset/0123456789abcdef')

    const test = adapterIn('test')
    await test.adapter.sendEmail(resetMail)
    expect(test.lines).toEqual([expect.objectContaining({ level: 'info', to: 'editor@example.com', subject: 'Reset your password' })])
    expect(JSON.stringify(test.lines)).not.toContain('0123456789abcdef')
  })

  it('sends and keeps nothing in production, and says so in a warning without the body', async () => {
    const { adapter, lines } = adapterIn('production')
    expect(adapter.name).toBe(EMAIL_NOT_CONFIGURED)
    await adapter.sendEmail(resetMail)
    expect(outbox).toHaveLength(0)
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ['warn', 'EMAIL_SMTP_URL is not set: password reset by email is off and no email is sent'],
      ['warn', 'email not sent: EMAIL_SMTP_URL is not set'],
    ])
    expect(JSON.stringify(lines)).not.toContain('0123456789abcdef')
  })
})
