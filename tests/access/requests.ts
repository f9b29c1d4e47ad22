import type { TestServer } from '../helpers/testServer'
import { markers, MARKER } from './fixtures'
import type { Collection, Content, Locale, Outcome, Role, Subject } from './policy'

/** One cell of the matrix: who did what, where, in which language, on a document in which state. */
export type Cell = {
  role: Role
  /** REST or GraphQL and the request's shape, e.g. "REST GET /:id?draft" or "GraphQL versions". */
  path: string
  target: string
  op: string
  locale: Locale
  state: Subject
  expected: Outcome
}
export type Checked = Cell & { actual: string; leaks: string[]; message?: string }

export const describeCell = (cell: Checked) =>
  `${cell.role} | ${cell.path} | ${cell.target} | ${cell.op} | locale=${cell.locale} | state=${cell.state}: expected ${cell.expected}, got ${cell.actual}` +
  (cell.leaks.length ? `; leaked ${cell.leaks.join(', ')}` : '') +
  (cell.message && cell.actual !== cell.expected ? ` (${cell.message})` : '')

/** The first error message of a REST or GraphQL answer, to say why a cell came out as it did. */
export const messageOf = (body: any): string | undefined => body?.errors?.[0]?.message?.slice(0, 300)

export type Reply = { status: number; body: any }

/** A plain HTTP request as `token`'s user (none: anonymous); the body parsed when it is JSON. */
export async function send(server: TestServer, token: string | undefined, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...extraHeaders }
  if (token) headers.Authorization = `JWT ${token}`
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  const response = await fetch(`${server.baseURL}${path}`, { method, headers, body: payload })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body: parsed }
}

export function graphql(server: TestServer, token: string | undefined, query: string, variables?: Record<string, unknown>) {
  return send(server, token, 'POST', '/api/graphql', { query, variables })
}

/** What an HTTP status says about a cell. */
export function outcomeOf(status: number): string {
  if (status >= 200 && status < 300) return 'allow'
  if (status === 401 || status === 403) return 'deny'
  if (status === 404) return 'hidden'
  if (status === 409) return 'conflict'
  if (status === 400) return 'invalid'
  return `status ${status}`
}

/** The outcome of one root field of a GraphQL answer (`alias`), from its data or its error. */
export function graphqlOutcome(reply: Reply, alias: string): string {
  if (reply.status !== 200) return outcomeOf(reply.status)
  const error = (reply.body?.errors as Array<{ path?: unknown[]; extensions?: { statusCode?: number }; message: string }> | undefined)?.find(
    (item) => item.path?.length === 1 && item.path[0] === alias,
  )
  if (error) return error.extensions?.statusCode ? outcomeOf(error.extensions.statusCode) : `error ${error.message}`
  const unplaced = reply.body?.errors?.find((item: { path?: unknown[] }) => !item.path)
  if (unplaced) return `error ${unplaced.message}`
  return reply.body?.data?.[alias] == null ? 'hidden' : 'allow'
}

/** GraphQL names of each collection (Payload's: singular and plural labels in PascalCase). */
export const GRAPHQL_NAMES: Record<Collection, { one: string; many: string }> = {
  articles: { one: 'Article', many: 'Articles' },
  conditions: { one: 'Condition', many: 'Conditions' },
  'treatment-methods': { one: 'TreatmentMethod', many: 'TreatmentMethods' },
  contraindications: { one: 'Contraindication', many: 'Contraindications' },
  media: { one: 'Media', many: 'allMedia' },
  users: { one: 'User', many: 'Users' },
  'review-states': { one: 'ReviewState', many: 'ReviewStates' },
  'review-events': { one: 'ReviewEvent', many: 'ReviewEvents' },
  'translation-states': { one: 'TranslationState', many: 'TranslationStates' },
}

const review = 'medicalReview { reviewedBy { id email } reviewerName lastReviewedAt reviewDue }'
/** What a GraphQL read selects: text, relations and joins, the medical review and user relations. */
export const GRAPHQL_SELECTION: Record<Collection, string> = {
  articles: `id _status title excerpt author { id email } conditions { id name } treatmentMethods { id name } contraindications { id name } ${review}`,
  conditions: `id _status name summary recommendedMethods { id name } relatedArticles { docs { id title } } ${review}`,
  'treatment-methods': `id _status name summary contraindications { id name } suitableConditions { docs { id name } } ${review}`,
  contraindications: `id _status name description treatmentMethods { docs { id name } } ${review}`,
  media: 'id alt filename url',
  users: 'id email name roles',
  'review-states': 'id documentCollection documentId locale stage',
  'review-events': 'id locale action fromStage toStage',
  'translation-states': 'id documentCollection documentId locale status',
}

/** What a staff member's GraphQL read selects: the document and its text, without relations. */
export const GRAPHQL_LIGHT_SELECTION: Record<Content, string> = {
  articles: 'id _status title excerpt',
  conditions: 'id _status name summary',
  'treatment-methods': 'id _status name summary',
  contraindications: 'id _status name description',
}

/** Fields no response may carry with a value, for anyone: credentials and lockout bookkeeping. */
const NEVER_SHOWN = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'loginAttempts', 'lockUntil', 'apiKey', 'apiKeyIndex', '_verificationToken']
/** Fields for staff only: user accounts and ids behind content, review bookkeeping. */
const STAFF_ONLY = ['reviewedBy', 'reviewDue', 'reviewHistory', 'author', 'sessions', 'roles', 'translatorLocales', 'submittedBy', 'approvedBy', 'actor', 'contributors', 'approvedFingerprint']

const hasValue = (value: unknown) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)

function walk(value: unknown, visit: (key: string, value: unknown) => void) {
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      visit(key, inner)
      walk(inner, visit)
    }
  }
}

/**
 * What a response shows that its reader may not see: unpublished text (by its markers), staff
 * emails, credentials, and for the public any staff-only field.
 */
export function leaksIn(role: Role, body: unknown, staffEmails: string[]): string[] {
  const found = new Set<string>()
  const text = typeof body === 'string' ? body : (JSON.stringify(body) ?? '')
  if (role === 'anonymous') {
    for (const seen of text.match(MARKER) ?? []) if (!markers.published.has(seen)) found.add(`unpublished text ${seen}`)
    for (const email of staffEmails) if (text.includes(email)) found.add(`staff email ${email}`)
  }
  walk(body, (key, value) => {
    if (!hasValue(value)) return
    if (NEVER_SHOWN.includes(key)) found.add(`field ${key}`)
    if (role === 'anonymous' && STAFF_ONLY.includes(key)) found.add(`staff-only field ${key}`)
  })
  return [...found]
}
