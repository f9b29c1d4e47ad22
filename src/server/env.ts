import net from 'node:net'
import path from 'node:path'
import { z } from 'zod'

import { MAX_QUERY_COST, MAX_QUERY_DEPTH, type QueryLimits } from '../graphql/limits'
import { DEFAULT_IDLE_SECONDS, MAX_IDLE_SECONDS, MIN_IDLE_SECONDS } from '../kiosk/config'
import { DEFAULT_REVIEW_INTERVAL_MONTHS } from '../workflow/reviewDue'

/**
 * The process configuration, read from the environment once at start.
 * Every variable is documented in the README's configuration table; keep the two in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be one of true, false, 1, 0, yes, no',
  })
  .transform((value) => value === 'true' || value === '1' || value === 'yes')

const port = z.coerce
  .number({ error: 'must be a whole number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' })

const postgresUri = z
  .string()
  .refine(
    (value) => {
      try {
        const url = new URL(value)
        return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== ''
      } catch {
        return false
      }
    },
    { error: 'must be a postgres:// or postgresql:// URL with a host' },
  )

const httpUrl = z.string().refine(
  (value) => {
    try {
      const url = new URL(value)
      return url.protocol === 'http:' || url.protocol === 'https:'
    } catch {
      return false
    }
  },
  { error: 'must be an http:// or https:// URL' },
)

const schema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'production', 'test'], {
        error: 'must be development, production or test',
      })
      .default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).optional(),
    SERVER_URL: httpUrl.optional(),
    DATABASE_URI: postgresUri.optional(),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_PUSH: booleanFlag.default(false),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
      .number({ error: 'must be a whole number of milliseconds' })
      .int({ error: 'must be a whole number of milliseconds' })
      .min(0, { error: 'must be 0 (off) or a number of milliseconds' })
      .max(3_600_000, { error: 'must be at most 3600000 (one hour)' })
      .default(10_000),
    GRAPHQL_MAX_DEPTH: z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(3, { error: 'must be at least 3 (a list, its docs and a field)' })
      .max(100, { error: 'must be at most 100' })
      .default(MAX_QUERY_DEPTH),
    GRAPHQL_MAX_COST: z.coerce
      .number({ error: 'must be a whole number' })
      .int({ error: 'must be a whole number' })
      .min(10, { error: 'must be at least 10' })
      .max(1_000_000_000, { error: 'must be at most 1000000000' })
      .default(MAX_QUERY_COST),
    READ_TIME_BUDGET_MS: z.coerce
      .number({ error: 'must be a whole number of milliseconds' })
      .int({ error: 'must be a whole number of milliseconds' })
      .min(0, { error: 'must be 0 (off) or a number of milliseconds' })
      .max(600_000, { error: 'must be at most 600000 (ten minutes)' })
      .default(10_000),
    PAYLOAD_SECRET: z.string().optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    MEDIA_DIR: z.string().min(1).optional(),
    MEDIA_MAX_FILE_SIZE_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .positive({ error: 'must be a positive number of megabytes' })
      .max(1024, { error: 'must be at most 1024 MB' })
      .default(10),
    MAX_JSON_BODY_MB: z.coerce
      .number({ error: 'must be a number of megabytes' })
      .positive({ error: 'must be a positive number of megabytes' })
      .max(100, { error: 'must be at most 100 MB' })
      .default(2),
    EMBEDDED_POSTGRES_PORT: port.default(54329),
    CORS_ORIGINS: z.string().default(''),
    SERVE_ADMIN: booleanFlag.default(true),
    SEED_ON_START: booleanFlag.optional(),
    RUN_JOBS: booleanFlag.optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    EMAIL_SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\/[^/\s]+/.test(value), { error: 'must be an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.com:465' })
      .optional(),
    EMAIL_FROM: z
      .string()
      .refine((value) => /^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(value.trim()), {
        error: 'must be an email address, optionally with a name: Clinic <no-reply@clinic.example.com>',
      })
      .default('Clinic CMS <no-reply@example.com>'),
    REVIEW_INTERVAL_MONTHS: z.coerce
      .number({ error: 'must be a whole number of months' })
      .int({ error: 'must be a whole number of months' })
      .min(1, { error: 'must be between 1 and 120 months' })
      .max(120, { error: 'must be between 1 and 120 months' })
      .default(DEFAULT_REVIEW_INTERVAL_MONTHS),
    KIOSK_IDLE_SECONDS: z.coerce
      .number({ error: 'must be a whole number of seconds' })
      .int({ error: 'must be a whole number of seconds' })
      .min(MIN_IDLE_SECONDS, { error: `must be between ${MIN_IDLE_SECONDS} and ${MAX_IDLE_SECONDS} seconds` })
      .max(MAX_IDLE_SECONDS, { error: `must be between ${MIN_IDLE_SECONDS} and ${MAX_IDLE_SECONDS} seconds` })
      .default(DEFAULT_IDLE_SECONDS),
    SITE_API_URL: httpUrl.optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    METRICS_TOKEN: z
      .string()
      .regex(/^\S{32,}$/, { error: 'must be at least 32 characters without spaces (e.g. openssl rand -hex 32)' })
      .optional(),
    TRUST_PROXY: z
      .string()
      .transform((value, ctx) => {
        const parsed = parseTrustProxy(value)
        if (parsed === undefined) {
          ctx.addIssue({
            code: 'custom',
            message:
              'must be false, the number of proxies in front of the CMS, or their addresses (comma-separated IPs or CIDR ranges, loopback, linklocal, uniquelocal); true is refused because any client could then choose its own address',
          })
          return z.NEVER
        }
        return parsed
      })
      .default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    if (!env.PAYLOAD_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'is required in production (use a random string of at least 32 characters)',
      })
    } else if (env.PAYLOAD_SECRET.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message: 'must be at least 32 characters in production',
      })
    }
  })

export type Env = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  port: number
  host: string
  serverURL: string
  databaseURI: string | undefined
  databasePoolMax: number
  databasePush: boolean
  /** PostgreSQL cancels any single statement that runs longer (0: no limit). */
  databaseStatementTimeoutMs: number
  /** How long one API read may keep starting database work (0: no limit). */
  readTimeBudgetMs: number
  /** GraphQL queries nested deeper, or estimated to cost more, are refused before they run. */
  graphqlLimits: QueryLimits
  payloadSecret: string | undefined
  dataDir: string
  mediaDir: string
  mediaMaxFileSizeBytes: number
  /** Largest accepted request body that is not an upload (JSON, GraphQL, form fields). */
  maxJsonBodyBytes: number
  embeddedPostgresPort: number
  corsOrigins: string[]
  serveAdmin: boolean
  /** Fill an empty database with the sample content at start (development default). */
  seedOnStart: boolean
  /** Run Payload's jobs queue (scheduled publish/unpublish) in this process, every minute. */
  runJobs: boolean
  shutdownTimeoutMs: number
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent'
  /** Set: /metrics serves Prometheus metrics to callers that send it as a bearer token; unset: no metrics. */
  metricsToken: string | undefined
  /** SMTP server for outgoing email; unset: emails are logged and kept in memory (development). */
  emailSmtpUrl: string | undefined
  emailFrom: string
  /** Medical content older than this since its last review is flagged reviewDue. */
  reviewIntervalMonths: number
  /** The kiosk returns to its start screen after this long untouched (a device may override it). */
  kioskIdleSeconds: number
  /** Where the website's server-side rendering reads the API; unset: this process, over loopback. */
  siteApiUrl: string | undefined
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client's address. */
  trustProxy: TrustProxy
}

/** false: the connection's own address; a number: that many proxies in front; a list: proxies at these addresses. */
export type TrustProxy = false | number | string[]

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = net.isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128)
}

/** TRUST_PROXY's value for express, or undefined when it is malformed (or `true`, which trusts any client). */
export function parseTrustProxy(value: string): TrustProxy | undefined {
  const text = value.trim().toLowerCase()
  if (text === 'false' || text === '0') return false
  if (/^\d+$/.test(text)) return Number(text) <= 10 ? Number(text) : undefined
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean)
  if (entries.length === 0 || !entries.every((entry) => PROXY_NAMES.has(entry) || isAddressOrRange(entry))) return undefined
  return entries
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses and validates the environment. Throws a ConfigError whose message is one line naming the variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env, cwd = process.cwd()): Env {
  // An empty variable means "not set": shells and compose files often export VAR= .
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const parsed = schema.safeParse(present)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!
    const name = String(issue.path[0] ?? 'environment')
    const got = present[name] === undefined ? '' : ` (got ${JSON.stringify(redact(name, present[name]!))})`
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${got}`)
  }
  const env = parsed.data
  const isProduction = env.NODE_ENV === 'production'
  if (env.DATABASE_PUSH && isProduction) {
    throw new ConfigError(
      'Invalid configuration: DATABASE_PUSH cannot be used in production (production applies migrations)',
    )
  }
  const corsOrigins = env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  const badOrigin = corsOrigins.find((origin) => !httpUrl.safeParse(origin).success)
  if (badOrigin) {
    throw new ConfigError(
      `Invalid configuration: CORS_ORIGINS must be a comma-separated list of http(s) origins (got ${JSON.stringify(badOrigin)})`,
    )
  }
  const host = env.HOST ?? (isProduction ? '0.0.0.0' : '127.0.0.1')
  const dataDir = path.resolve(cwd, env.DATA_DIR)
  return {
    nodeEnv: env.NODE_ENV,
    isProduction,
    port: env.PORT,
    host,
    serverURL: (env.SERVER_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    databaseURI: env.DATABASE_URI,
    databasePoolMax: env.DATABASE_POOL_MAX,
    databasePush: env.DATABASE_PUSH,
    databaseStatementTimeoutMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
    readTimeBudgetMs: env.READ_TIME_BUDGET_MS,
    graphqlLimits: { maxDepth: env.GRAPHQL_MAX_DEPTH, maxCost: env.GRAPHQL_MAX_COST },
    payloadSecret: env.PAYLOAD_SECRET,
    dataDir,
    mediaDir: path.resolve(cwd, env.MEDIA_DIR ?? path.join(env.DATA_DIR, 'media')),
    mediaMaxFileSizeBytes: Math.round(env.MEDIA_MAX_FILE_SIZE_MB * 1024 * 1024),
    maxJsonBodyBytes: Math.round(env.MAX_JSON_BODY_MB * 1024 * 1024),
    embeddedPostgresPort: env.EMBEDDED_POSTGRES_PORT,
    corsOrigins,
    serveAdmin: env.SERVE_ADMIN,
    seedOnStart: env.SEED_ON_START ?? env.NODE_ENV === 'development',
    runJobs: env.RUN_JOBS ?? env.NODE_ENV !== 'test',
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    metricsToken: env.METRICS_TOKEN,
    emailSmtpUrl: env.EMAIL_SMTP_URL,
    emailFrom: env.EMAIL_FROM,
    reviewIntervalMonths: env.REVIEW_INTERVAL_MONTHS,
    kioskIdleSeconds: env.KIOSK_IDLE_SECONDS,
    siteApiUrl: env.SITE_API_URL?.replace(/\/+$/, ''),
    trustProxy: env.TRUST_PROXY,
  }
}

function redact(name: string, value: string): string {
  return /SECRET|PASSWORD|TOKEN|URI|URL/.test(name) && name !== 'SERVER_URL' ? '<redacted>' : value
}
