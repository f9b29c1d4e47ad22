import { CONTENT, LOCALES, type Content, type Role } from './policy'
import { GRAPHQL_NAMES, graphql, leaksIn, send, type Reply } from './requests'
import { tokenOf, type World } from './world'

/** One hidden-field check: what was asked, by whom, and what went wrong (nothing, when it passed). */
export type HiddenCheck = { what: string; problem?: string }

const PUBLISHED = 'published'

/**
 * Fields hidden from the public on medical documents, as `where` and `sort` paths: staff accounts
 * (directly and through the relation: their email, their password hash), the staff-only re-review
 * flag and the review history (a join of staff-only audit records).
 */
const PUBLIC_HIDDEN_PATHS: Record<Content, string[]> = {
  articles: ['author', 'author.email', 'author.hash', 'medicalReview.reviewedBy', 'medicalReview.reviewedBy.email', 'medicalReview.reviewDue', 'reviewHistory', 'reviewHistory.actor', 'reviewHistory.comment'],
  conditions: ['medicalReview.reviewedBy', 'medicalReview.reviewedBy.email', 'medicalReview.reviewedBy.salt', 'medicalReview.reviewDue', 'reviewHistory', 'reviewHistory.actor'],
  'treatment-methods': ['medicalReview.reviewedBy', 'medicalReview.reviewedBy.name', 'medicalReview.reviewDue', 'reviewHistory.locale'],
  contraindications: ['medicalReview.reviewedBy', 'medicalReview.reviewedBy.roles', 'reviewHistory', 'reviewHistory.action'],
}

/** Credentials and lockout bookkeeping of user accounts: hidden from everyone, admins included. */
// (No lockout fields: sign-in is throttled in src/auth, not locked; loginAttempts and lockUntil are gone.)
const CREDENTIAL_PATHS = ['hash', 'salt', 'resetPasswordToken', 'resetPasswordExpiration', 'resetPasswordRequestedAt', 'sessions.id', 'sessions.expiresAt']

/**
 * Two values for one filter: one that matches what is stored, one that does not. A refused
 * filter answers both the same way; an answer that differs would tell the caller the hidden value.
 */
const PROBES: Array<{ operator: string; matching: (path: string, world: World) => string; other: string }> = [
  { operator: 'equals', matching: (path, world) => (/reviewedBy$/.test(path) ? String(world.actors.ids.reviewer) : path === 'author' ? String(world.actors.ids.editor) : 'reviewer'), other: '999999' },
  { operator: 'like', matching: (path) => (/email/.test(path) ? 'example.com' : /hash|salt|Token/.test(path) ? 'a' : 'e'), other: 'zzzz-no-such-value' },
  { operator: 'exists', matching: () => 'true', other: 'false' },
]

const isRefused = (reply: Reply) => reply.status >= 400 && reply.status < 500
const refusedInGraphQL = (reply: Reply, alias: string) =>
  reply.status >= 400 || Boolean(reply.body?.errors?.some((error: { path?: string[] }) => !error.path || error.path[0] === alias))
const same = (a: Reply, b: Reply) => a.status === b.status && JSON.stringify(a.body) === JSON.stringify(b.body)

/** Each filter, sort and nesting of a hidden path, with two values: refused (4xx), and the same answer for both. */
async function restFilters(world: World, role: Role, collection: string, path: string, checks: HiddenCheck[]) {
  const token = tokenOf(world, role)
  const base = `/api/${collection}?depth=0&limit=100`
  for (const { operator, matching, other } of PROBES) {
    const shapes = [
      (value: string) => `where[${path}][${operator}]=${encodeURIComponent(value)}`,
      (value: string) => `where[or][0][and][0][${path}][${operator}]=${encodeURIComponent(value)}&where[or][1][id][equals]=0`,
    ]
    for (const [index, shape] of shapes.entries()) {
      const what = `${role} REST ${collection} ${index ? 'nested or/and ' : ''}where ${path} ${operator}`
      const hit = await send(world.server, token, 'GET', `${base}&${shape(matching(path, world))}`)
      const miss = await send(world.server, token, 'GET', `${base}&${shape(other)}`)
      checks.push({
        what,
        problem: !isRefused(hit) ? `answered ${hit.status}, not refused` : !same(hit, miss) ? 'answers differ between a matching and a non-matching value' : undefined,
      })
    }
  }
  for (const direction of ['', '-']) {
    const reply = await send(world.server, token, 'GET', `${base}&sort=${direction}${path}`)
    checks.push({ what: `${role} REST ${collection} sort ${direction}${path}`, problem: isRefused(reply) ? undefined : `answered ${reply.status}, not refused` })
  }
}

/** Public reads of every published medical document at every depth and in every language, scanned for hidden fields and staff data. */
async function publicResponses(world: World, checks: HiddenCheck[]) {
  for (const collection of CONTENT) {
    const doc = world.docs.find((item) => item.collection === collection && item.state === PUBLISHED)!
    // Every depth in every language at once; each language alone (fallback) and whole lists at the deepest.
    const urls = [
      ...[0, 1, 2, 3, 4].map((depth) => `/api/${collection}/${doc.id}?depth=${depth}&locale=all`),
      ...LOCALES.map((locale) => `/api/${collection}?depth=4&locale=${locale}&limit=100`),
      `/api/${collection}/${doc.id}?depth=4&locale=th`,
    ]
    for (const url of urls) {
      const reply = await send(world.server, undefined, 'GET', url)
      const leaks = leaksIn('anonymous', reply.body, world.actors.emails)
      checks.push({ what: `anonymous GET ${url}`, problem: reply.status !== 200 ? `answered ${reply.status}` : leaks.length ? `leaked ${leaks.join(', ')}` : undefined })
    }
    const { one, many } = GRAPHQL_NAMES[collection]
    const author = collection === 'articles' ? 'author { id email hash salt }' : ''
    const hidden = `medicalReview { reviewedBy { id email hash salt } reviewerName reviewDue } reviewHistory { docs { id comment actor { id email } } } ${author}`
    for (const locale of ['en', 'th']) {
      const reply = await graphql(world.server, undefined, `{ one: ${one}(id: ${doc.id}, locale: ${locale}) { id ${hidden} } many: ${many}(locale: ${locale}, limit: 100) { docs { id ${hidden} } } }`)
      const leaks = leaksIn('anonymous', reply.body?.data, world.actors.emails)
      checks.push({ what: `anonymous GraphQL ${one} and ${many} selecting hidden fields (${locale})`, problem: leaks.length ? `leaked ${leaks.join(', ')}` : undefined })
    }
  }
}

/** Staff reads of user accounts (directly, and through relations at every depth): no credentials, nobody else's sessions. */
async function staffResponses(world: World, checks: HiddenCheck[]) {
  for (const role of ['admin', 'editor', 'reviewer', 'translatorTh', 'translatorNone'] as const) {
    const token = tokenOf(world, role)
    const urls = [
      ...[0, 1, 2, 3, 4].map((depth) => `/api/users?depth=${depth}&locale=all&limit=100`),
      ...[1, 2, 3, 4].map((depth) => `/api/review-events?depth=${depth}&limit=20`),
      `/api/articles?depth=2&draft=true&limit=100`,
      `/api/users?select[hash]=true&select[salt]=true&select[resetPasswordToken]=true&select[sessions]=true`,
      `/api/review-states?depth=1&limit=100&populate[users][hash]=true&populate[users][salt]=true`,
    ]
    for (const url of urls) {
      const reply = await send(world.server, token, 'GET', url)
      const leaks = leaksIn(role, reply.body, [])
      const sessionsOfOthers = JSON.stringify(reply.body).includes('"sessions":[{') && !url.includes('review') ? sessionsNotOwn(reply.body, world.actors.ids[role]) : []
      checks.push({
        what: `${role} GET ${url}`,
        problem: reply.status !== 200 ? `answered ${reply.status}` : [...leaks, ...sessionsOfOthers].length ? `leaked ${[...leaks, ...sessionsOfOthers].join(', ')}` : undefined,
      })
    }
    const reply = await graphql(world.server, token, '{ Users(limit: 100) { docs { id email resetPasswordToken resetPasswordExpiration salt hash sessions { id } } } }')
    const leaks = leaksIn(role, reply.body?.data, [])
    const others = sessionsNotOwn(reply.body?.data?.Users ?? {}, world.actors.ids[role])
    checks.push({ what: `${role} GraphQL Users selecting credentials`, problem: [...leaks, ...others].length ? `leaked ${[...leaks, ...others].join(', ')}` : undefined })
  }
}

function sessionsNotOwn(body: { docs?: Array<{ id: number; sessions?: unknown[] | null }> }, own: number): string[] {
  return (body.docs ?? []).filter((user) => user.id !== own && user.sessions?.length).map((user) => `sessions of user ${user.id}`)
}

/** Everything the hidden-fields part of the matrix checks; each entry passes when `problem` is empty. */
export async function hiddenFieldChecks(world: World): Promise<HiddenCheck[]> {
  const checks: HiddenCheck[] = []
  await publicResponses(world, checks)
  await staffResponses(world, checks)
  for (const collection of CONTENT) {
    for (const path of PUBLIC_HIDDEN_PATHS[collection]) await restFilters(world, 'anonymous', collection, path, checks)
  }
  // Credentials cannot be filtered or sorted on by anyone, directly or through a relation to a user.
  for (const path of CREDENTIAL_PATHS) await restFilters(world, 'admin', 'users', path, checks)
  for (const path of ['author.hash', 'author.salt', 'medicalReview.reviewedBy.resetPasswordToken', 'author.resetPasswordExpiration']) await restFilters(world, 'editor', 'articles', path, checks)
  for (const path of ['actor.hash', 'actor.sessions.id']) await restFilters(world, 'reviewer', 'review-events', path, checks)
  for (const path of ['version.author.hash', 'version.medicalReview.reviewedBy.salt']) await restFilters(world, 'editor', 'articles/versions', path, checks)
  await graphqlFilters(world, checks)
  await joinFilters(world, checks)
  return checks
}

/** GraphQL filters and sorts on hidden fields, plain and nested in OR/AND. */
async function graphqlFilters(world: World, checks: HiddenCheck[]) {
  const cases: Array<{ role: Role; many: string; where: (value: string) => string; values: [string, string]; sort?: string }> = [
    { role: 'anonymous', many: 'Conditions', where: (v) => `{ medicalReview__reviewedBy: { equals: ${v} } }`, values: [String(world.actors.ids.reviewer), '999999'], sort: 'medicalReview.reviewedBy' },
    { role: 'anonymous', many: 'Articles', where: (v) => `{ author: { equals: ${v} } }`, values: [String(world.actors.ids.editor), '999999'], sort: 'author' },
    { role: 'anonymous', many: 'Articles', where: (v) => `{ OR: [{ AND: [{ author: { equals: ${v} } }] }, { id: { equals: 0 } }] }`, values: [String(world.actors.ids.editor), '999999'] },
    { role: 'anonymous', many: 'TreatmentMethods', where: (v) => `{ medicalReview__reviewDue: { equals: ${v} } }`, values: ['true', 'false'], sort: '-medicalReview.reviewDue' },
    { role: 'admin', many: 'Users', where: (v) => `{ hash: { like: "${v}" } }`, values: ['a', 'zzzz'], sort: 'hash' },
    { role: 'admin', many: 'Users', where: (v) => `{ OR: [{ salt: { exists: ${v} } }] }`, values: ['true', 'false'], sort: 'salt' },
    { role: 'editor', many: 'Users', where: (v) => `{ resetPasswordToken: { exists: ${v} } }`, values: ['true', 'false'], sort: '-resetPasswordExpiration' },
  ]
  for (const { role, many, where, values, sort } of cases) {
    const token = tokenOf(world, role)
    const [hit, miss] = await Promise.all(values.map((value) => graphql(world.server, token, `{ r: ${many}(where: ${where(value)}) { docs { id } } }`)))
    checks.push({
      what: `${role} GraphQL ${many} where ${where(values[0])}`,
      problem: !refusedInGraphQL(hit, 'r') ? 'not refused' : !same(hit, miss) ? 'answers differ between a matching and a non-matching value' : undefined,
    })
    if (sort) {
      const sorted = await graphql(world.server, token, `{ r: ${many}(sort: "${sort}") { docs { id } } }`)
      checks.push({ what: `${role} GraphQL ${many} sort ${sort}`, problem: refusedInGraphQL(sorted, 'r') ? undefined : 'not refused' })
    }
  }
}

/** Filters inside joins (REST `joins[...]` and GraphQL join arguments) on staff-only fields. */
async function joinFilters(world: World, checks: HiddenCheck[]) {
  const condition = world.docs.find((doc) => doc.collection === 'conditions' && doc.state === PUBLISHED)!
  const contraindication = world.docs.find((doc) => doc.collection === 'contraindications' && doc.state === PUBLISHED)!
  const pairs: Array<[string, string, string]> = [
    [`/api/conditions/${condition.id}?joins[relatedArticles][where][author][equals]=`, String(world.actors.ids.editor), '999999'],
    [`/api/conditions/${condition.id}?joins[relatedArticles][where][medicalReview.reviewedBy.email][like]=`, 'reviewer', 'zzzz'],
    [`/api/contraindications/${contraindication.id}?joins[treatmentMethods][where][medicalReview.reviewedBy][equals]=`, String(world.actors.ids.reviewer), '999999'],
    [`/api/conditions?where[relatedArticles.author][equals]=`, String(world.actors.ids.editor), '999999'],
    [`/api/conditions/${condition.id}?joins[reviewHistory][where][actor][equals]=`, String(world.actors.ids.reviewer), '999999'],
  ]
  for (const [url, matching, other] of pairs) {
    const [hit, miss] = await Promise.all([matching, other].map((value) => send(world.server, undefined, 'GET', `${url}${encodeURIComponent(value)}`)))
    const leaks = leaksIn('anonymous', hit.body, world.actors.emails)
    checks.push({
      what: `anonymous GET ${url}…`,
      problem: leaks.length ? `leaked ${leaks.join(', ')}` : !isRefused(hit) && !same(hit, miss) ? 'answers differ between a matching and a non-matching value' : hit.status >= 500 ? `answered ${hit.status}` : undefined,
    })
  }
  for (const role of ['anonymous', 'editor'] as const) {
    for (const sort of ['author.hash', '-author.salt', 'medicalReview.reviewedBy.resetPasswordToken']) {
      const url = `/api/conditions/${condition.id}?depth=0&joins[relatedArticles][sort]=${sort}`
      const reply = await send(world.server, tokenOf(world, role), 'GET', url)
      checks.push({ what: `${role} GET ${url}`, problem: isRefused(reply) ? undefined : `answered ${reply.status}, not refused` })
    }
    const sorted = await graphql(world.server, tokenOf(world, role), `{ r: Condition(id: ${condition.id}) { relatedArticles(sort: "author.hash") { docs { id } } } }`)
    checks.push({ what: `${role} GraphQL join relatedArticles sort author.hash`, problem: refusedInGraphQL(sorted, 'r') ? undefined : 'not refused' })
  }
  const [hit, miss] = await Promise.all(
    [String(world.actors.ids.editor), '999999'].map((value) =>
      graphql(world.server, undefined, `{ r: Condition(id: ${condition.id}) { relatedArticles(where: { author: { equals: ${value} } }) { docs { id } } } }`),
    ),
  )
  checks.push({
    what: 'anonymous GraphQL join relatedArticles where author',
    problem: JSON.stringify(hit.body?.data) !== JSON.stringify(miss.body?.data) ? 'answers differ between a matching and a non-matching value' : undefined,
  })
}
