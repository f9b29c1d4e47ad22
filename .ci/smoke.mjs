// Production smoke test: start `npm start` against a fresh database on the machine's PostgreSQL
// (127.0.0.1:5432), or the embedded one when none answers; migrations must apply at start;
// then /readyz, the admin, one REST and one GraphQL request, the first admin's registration and
// the review queue (admin page and API), the website and kiosk on an empty clinic, and a clean
// SIGTERM exit.
import { randomBytes } from 'node:crypto'
import pg from 'pg'

import { startProductionServer } from '../scripts/productionServer.mjs'

const log = (line) => console.log(`smoke: ${line}`)
const fail = (line) => {
  console.error(`smoke: FAILED: ${line}`)
  process.exitCode = 1
}

async function machinePostgres() {
  const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres', connectionTimeoutMillis: 3000 })
  admin.on('error', () => undefined)
  try {
    await admin.connect()
  } catch (error) {
    log(`no PostgreSQL on 127.0.0.1:5432 (${error.message}): using the embedded server`)
    return undefined
  }
  const name = `ci_smoke_${randomBytes(4).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  log(`created database ${name} on 127.0.0.1:5432`)
  return {
    uri: `postgres://postgres@127.0.0.1:5432/${name}`,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await admin.end()
    },
  }
}

const database = await machinePostgres()
const server = await startProductionServer({ databaseUri: database?.uri, label: 'smoke' })
const { base } = server

const graphql = async (query) => {
  const response = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return { status: response.status, body: await response.json() }
}

async function check(name, run) {
  try {
    await run()
    log(`ok: ${name}`)
  } catch (error) {
    fail(`${name}: ${error.message}`)
  }
}

try {
  log(`ready in ${await server.waitUntilReady()} ms`)

  await check('/readyz reports migrations applied', async () => {
    const body = await (await fetch(`${base}/readyz`)).json()
    if (!body.checks.migrations.ok || body.checks.migrations.applied < 1) throw new Error(JSON.stringify(body))
  })
  await check('REST: GET /api/conditions?locale=th', async () => {
    const response = await fetch(`${base}/api/conditions?locale=th&limit=1`)
    const body = await response.json()
    if (response.status !== 200 || typeof body.totalDocs !== 'number') throw new Error(`${response.status} ${JSON.stringify(body)}`)
  })
  await check('GraphQL: { Conditions(locale: th) }', async () => {
    const { status, body } = await graphql('{ Conditions(locale: th, limit: 1) { totalDocs docs { name } } }')
    if (status !== 200 || typeof body.data?.Conditions?.totalDocs !== 'number') throw new Error(`${status} ${JSON.stringify(body)}`)
  })
  await check('GraphQL introspection is off in production', async () => {
    const { body } = await graphql('{ __schema { queryType { name } } }')
    if (body.data?.__schema) throw new Error('introspection answered')
  })
  await check('unknown locale is a 400', async () => {
    const response = await fetch(`${base}/api/conditions?locale=xx`)
    if (response.status !== 400) throw new Error(`status ${response.status}`)
  })
  await check('GraphQL playground is off in production', async () => {
    const response = await fetch(`${base}/api/graphql-playground`)
    if (response.status === 200) throw new Error('playground answered 200')
  })
  await check('admin UI renders in English and in Thai', async () => {
    const english = await fetch(`${base}/admin/login`, { headers: { 'accept-language': 'en' } })
    const thai = await fetch(`${base}/admin/login`, { headers: { 'accept-language': 'th' } })
    const [englishHtml, thaiHtml] = [await english.text(), await thai.text()]
    if (english.status !== 200 || !englishHtml.includes('<html')) throw new Error(`English login page: ${english.status}`)
    if (thai.status !== 200 || !thaiHtml.includes('เข้าสู่ระบบ')) throw new Error(`Thai login page: ${thai.status}, no Thai text`)
  })
  // The production server starts with no users: register the first admin as a new clinic would.
  let token
  await check('first admin registers and logs in', async () => {
    const credentials = { email: 'smoke-admin@example.com', password: randomBytes(12).toString('hex') }
    const registered = await fetch(`${base}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    if (registered.status !== 200) throw new Error(`first-register: ${registered.status} ${await registered.text()}`)
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
    })
    const body = await login.json()
    if (login.status !== 200 || !body.token) throw new Error(`login: ${login.status} ${JSON.stringify(body)}`)
    if (!body.user?.roles?.includes('admin')) throw new Error(`first user is not an admin: ${JSON.stringify(body.user?.roles)}`)
    token = body.token
  })
  await check('admin review queue page renders for staff', async () => {
    if (!token) throw new Error('no token (login failed)')
    // A browser's own navigation: Payload accepts the cookie without an Origin header only with
    // Sec-Fetch-Site same-origin, same-site or none (csrf is configured).
    const response = await fetch(`${base}/admin/review-queue`, {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none', 'accept-language': 'en' },
      redirect: 'manual',
    })
    const html = await response.text()
    if (response.status !== 200) throw new Error(`status ${response.status} ${response.headers.get('location') ?? ''}`)
    if (!html.includes('Review queue')) throw new Error('no "Review queue" in the page')
    if (!html.includes('Nothing is waiting for review.')) throw new Error('the empty "Awaiting review" section is missing')
  })
  await check('admin translations page renders for staff', async () => {
    if (!token) throw new Error('no token (login failed)')
    const response = await fetch(`${base}/admin/translations`, {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'none', 'accept-language': 'en' },
      redirect: 'manual',
    })
    const html = await response.text()
    if (response.status !== 200) throw new Error(`status ${response.status} ${response.headers.get('location') ?? ''}`)
    if (!html.includes('Translations')) throw new Error('no "Translations" in the page')
    const api = await fetch(`${base}/api/translations/status?locale=th`, { headers: { authorization: `JWT ${token}` } })
    if (api.status !== 200) throw new Error(`GET /api/translations/status: ${api.status}`)
  })
  await check('admin review queue page sends visitors to the login', async () => {
    const response = await fetch(`${base}/admin/review-queue`, { redirect: 'manual' })
    const html = await response.text()
    // Next streams the admin shell first, so the view's redirect() arrives in the page (as Payload's
    // own login redirects do) rather than as a 3xx; either way, no queue for a visitor.
    const login = '/admin/login?redirect=%2Fadmin%2Freview-queue'
    const redirected =
      (response.status >= 300 && response.status < 400 && (response.headers.get('location') ?? '').startsWith('/admin/login')) ||
      (response.status === 200 && html.includes(`NEXT_REDIRECT;replace;${login}`))
    if (!redirected) throw new Error(`${response.status} ${response.headers.get('location') ?? ''}: no redirect to the login`)
    if (html.includes('Nothing is waiting for review.')) throw new Error('the queue was shown to a visitor')
  })
  await check('GET /api/review-queue: 200 with a token, 401 without', async () => {
    if (!token) throw new Error('no token (login failed)')
    const response = await fetch(`${base}/api/review-queue`, { headers: { authorization: `JWT ${token}` } })
    const body = await response.json()
    if (response.status !== 200 || !Array.isArray(body.awaitingReview)) throw new Error(`${response.status} ${JSON.stringify(body)}`)
    const anonymous = await fetch(`${base}/api/review-queue`)
    if (anonymous.status !== 401) throw new Error(`without a token: ${anonymous.status}`)
  })
  await check('website: / redirects by Accept-Language, /th and /en render (empty clinic)', async () => {
    const root = await fetch(`${base}/`, { headers: { 'accept-language': 'th-TH,th;q=0.9' }, redirect: 'manual' })
    if (root.status !== 302 || root.headers.get('location') !== '/th') throw new Error(`/: ${root.status} ${root.headers.get('location')}`)
    for (const language of ['th', 'en']) {
      const response = await fetch(`${base}/${language}/conditions`)
      const html = await response.text()
      if (response.status !== 200 || !html.includes(`<html lang="${language}"`)) throw new Error(`/${language}/conditions: ${response.status}`)
    }
    const thai = await (await fetch(`${base}/th/conditions`)).text()
    if (!thai.includes('ยังไม่มีเนื้อหาที่เผยแพร่')) throw new Error('/th/conditions: no Thai "nothing published yet"')
    const missing = await fetch(`${base}/th/conditions/no-such-page`)
    if (missing.status !== 404) throw new Error(`unknown slug: ${missing.status}`)
  })
  await check('kiosk page and its service worker are served', async () => {
    const kiosk = await fetch(`${base}/kiosk`)
    if (kiosk.status !== 200 || !(await kiosk.text()).includes('<html')) throw new Error(`/kiosk: ${kiosk.status}`)
    const worker = await fetch(`${base}/kiosk-sw.js`)
    if (worker.status !== 200 || !(worker.headers.get('content-type') ?? '').includes('javascript')) throw new Error(`/kiosk-sw.js: ${worker.status} ${worker.headers.get('content-type')}`)
  })
  await check('request log is JSON with a request id', async () => {
    const line = server.output().split('\n').find((entry) => entry.includes('"msg":"request"'))
    if (!line || !JSON.parse(line).requestId) throw new Error('no JSON request line')
  })
} catch (error) {
  fail(error.message)
} finally {
  const { code, signal } = await server.stop()
  if (code !== 0) fail(`server exited with code ${code} signal ${signal}\n${server.output().split('\n').slice(-20).join('\n')}`)
  else log('stopped cleanly (exit 0)')
  await database?.drop()
}
