import { describe, expect, it } from 'vitest'

import { ConfigError, loadEnv } from '../src/server/env'

const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32), DATABASE_URI: 'postgres://cms@db:5432/cms' }

function errorOf(source: Record<string, string>): string {
  try {
    loadEnv(source, '/srv/cms')
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected loadEnv to throw')
}

describe('configuration from the environment', () => {
  it('has development defaults that need no variables at all', () => {
    const env = loadEnv({}, '/srv/cms')
    expect(env).toMatchObject({
      nodeEnv: 'development',
      port: 3000,
      host: '127.0.0.1',
      serverURL: 'http://localhost:3000',
      databaseURI: undefined,
      databasePush: false,
      dataDir: '/srv/cms/.data',
      mediaDir: '/srv/cms/.data/media',
      mediaMaxFileSizeBytes: 10 * 1024 * 1024,
      serveAdmin: true,
    })
    expect(env.embeddedPostgresPort).not.toBe(5432)
  })

  it('listens on all interfaces by default in production', () => {
    expect(loadEnv(production).host).toBe('0.0.0.0')
  })

  it('requires PAYLOAD_SECRET in production, naming it', () => {
    const message = errorOf({ NODE_ENV: 'production' })
    expect(message).toMatch(/^Invalid configuration: PAYLOAD_SECRET is required in production/)
    expect(message.split('\n')).toHaveLength(1)
  })

  it('rejects a short production secret without printing it', () => {
    const message = errorOf({ ...production, PAYLOAD_SECRET: 'short-secret' })
    expect(message).toMatch(/PAYLOAD_SECRET must be at least 32 characters/)
    expect(message).not.toContain('short-secret')
  })

  it('rejects a malformed PORT, naming it and the value', () => {
    expect(errorOf({ PORT: 'abc' })).toBe('Invalid configuration: PORT must be a whole number (got "abc")')
    expect(errorOf({ PORT: '70000' })).toMatch(/^Invalid configuration: PORT must be between 1 and 65535/)
  })

  it('rejects a DATABASE_URI that is not a postgres URL, without echoing it', () => {
    const message = errorOf({ DATABASE_URI: 'mysql://root:hunter2@db/cms' })
    expect(message).toMatch(/^Invalid configuration: DATABASE_URI must be a postgres:\/\//)
    expect(message).not.toContain('hunter2')
  })

  it('rejects schema push in production', () => {
    expect(errorOf({ ...production, DATABASE_PUSH: 'true' })).toMatch(/DATABASE_PUSH cannot be used in production/)
  })

  it('rejects an unknown NODE_ENV and a malformed flag', () => {
    expect(errorOf({ NODE_ENV: 'staging' })).toMatch(/^Invalid configuration: NODE_ENV must be development, production or test/)
    expect(errorOf({ SERVE_ADMIN: 'maybe' })).toMatch(/^Invalid configuration: SERVE_ADMIN must be one of/)
  })

  it('rejects CORS origins that are not URLs', () => {
    expect(errorOf({ CORS_ORIGINS: 'https://kiosk.example.com, not a url' })).toMatch(/CORS_ORIGINS/)
    expect(loadEnv({ CORS_ORIGINS: 'https://kiosk.example.com/, https://app.example.com' }).corsOrigins).toEqual([
      'https://kiosk.example.com',
      'https://app.example.com',
    ])
  })

  it('rejects an EMAIL_SMTP_URL that is not smtp(s), without echoing it, and a malformed EMAIL_FROM', () => {
    const message = errorOf({ EMAIL_SMTP_URL: 'http://user:hunter2@mail.example.com' })
    expect(message).toMatch(/^Invalid configuration: EMAIL_SMTP_URL must be an smtp:\/\//)
    expect(message).not.toContain('hunter2')
    expect(errorOf({ EMAIL_FROM: 'not an address' })).toMatch(/^Invalid configuration: EMAIL_FROM must be an email address/)
    expect(loadEnv({ EMAIL_FROM: 'Sample Clinic <hello@clinic.example.com>' }).emailFrom).toBe('Sample Clinic <hello@clinic.example.com>')
  })

  it('reads the kiosk idle time in whole seconds within bounds, naming a bad value', () => {
    expect(loadEnv({}).kioskIdleSeconds).toBe(90)
    expect(loadEnv({ KIOSK_IDLE_SECONDS: '300' }).kioskIdleSeconds).toBe(300)
    expect(errorOf({ KIOSK_IDLE_SECONDS: 'soon' })).toBe('Invalid configuration: KIOSK_IDLE_SECONDS must be a whole number of seconds (got "soon")')
    expect(errorOf({ KIOSK_IDLE_SECONDS: '2.5' })).toMatch(/^Invalid configuration: KIOSK_IDLE_SECONDS must be a whole number of seconds/)
    expect(errorOf({ KIOSK_IDLE_SECONDS: '4' })).toBe('Invalid configuration: KIOSK_IDLE_SECONDS must be between 5 and 3600 seconds (got "4")')
    expect(errorOf({ KIOSK_IDLE_SECONDS: '3601' })).toMatch(/^Invalid configuration: KIOSK_IDLE_SECONDS must be between 5 and 3600 seconds/)
  })

  it('turns metrics on with a METRICS_TOKEN of at least 32 characters, never echoing a bad one', () => {
    expect(loadEnv({}).metricsToken).toBeUndefined()
    expect(loadEnv({ METRICS_TOKEN: 'a'.repeat(32) }).metricsToken).toBe('a'.repeat(32))
    const message = errorOf({ METRICS_TOKEN: 'short-metrics-token' })
    expect(message).toMatch(/^Invalid configuration: METRICS_TOKEN must be at least 32 characters/)
    expect(message).not.toContain('short-metrics-token')
  })

  it('believes no proxy unless TRUST_PROXY names them, and refuses true', () => {
    expect(loadEnv({}).trustProxy).toBe(false)
    expect(loadEnv({ TRUST_PROXY: 'false' }).trustProxy).toBe(false)
    expect(loadEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1)
    expect(loadEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.7' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.7'])
    expect(errorOf({ TRUST_PROXY: 'true' })).toMatch(/^Invalid configuration: TRUST_PROXY must be false, the number of proxies .* true is refused because any client could then choose its own address \(got "true"\)$/)
    expect(errorOf({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/^Invalid configuration: TRUST_PROXY must be false/)
    expect(errorOf({ TRUST_PROXY: 'proxy.example.com' })).toMatch(/^Invalid configuration: TRUST_PROXY must be false/)
  })

  it('treats empty variables as unset', () => {
    expect(loadEnv({ PORT: '', DATABASE_URI: '' }).port).toBe(3000)
  })
})
