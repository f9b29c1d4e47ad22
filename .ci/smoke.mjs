// Production smoke test: start `npm start` against a fresh database on the machine's PostgreSQL
// (127.0.0.1:5432), or the embedded one when none answers; migrations must apply at start;
// then /readyz, the admin, one REST and one GraphQL request, and a clean SIGTERM exit.
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
