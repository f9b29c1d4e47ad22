import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestServer, type TestServer } from './helpers/testServer'
import { apiKeys, reviewEndpoints, translationEndpoints } from './access/endpoints'
import { createActors, documentIn, mapLimit, MARKER, uploadImage, type Document } from './access/fixtures'
import { CONTENT, POLICY, STATES, type Content, type State } from './access/policy'
import { hiddenFieldChecks } from './access/hiddenFields'
import { contentReads, otherReads } from './access/reads'
import { serverFunctions } from './access/serverFunctions'
import { describeCell, send, type Checked } from './access/requests'
import { makeFresh, type Probe, type World } from './access/world'
import { contentWrites, otherWrites } from './access/writes'

/*
 * The access matrix: every role × collection (and the clinic profile) × operation × language ×
 * document state × path (REST, GraphQL, the review and translation endpoints), each cell's answer
 * compared with the one policy table in tests/access/policy.ts, and every response scanned for
 * what its reader may not see (tests/access/requests.ts). Why some cells are sampled rather than
 * all run is said where they are generated (reads.ts, writes.ts, endpoints.ts).
 */

let server: TestServer
let world: World
const started = Date.now()
const cpuAtStart = process.cpuUsage()
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage(cpuAtStart)
  return (user + system) / 1e6
}
const CONCURRENCY = 4

beforeAll(async () => {
  server = await startTestServer('access_matrix')
  const actors = await createActors(server)
  const admin = actors.tokens.admin
  const image = (await uploadImage(server, actors.tokens.editor)).body.doc.id as number

  // Each collection's documents relate to every document of the collections below it, so that
  // relations and joins reach documents in every state.
  const states = Object.keys(STATES) as State[]
  const make = (collection: Content, shared: (docs: Record<string, Document[]>) => Record<string, unknown>) => async (made: Record<string, Document[]>) => {
    made[collection] = await mapLimit(states, CONCURRENCY, (state) => documentIn(server, actors, collection, state, shared(made)))
  }
  const ids = (docs: Document[]) => docs.map((doc) => doc.id)
  const made: Record<string, Document[]> = {}
  await make('contraindications', () => ({}))(made)
  await make('treatment-methods', (docs) => ({ contraindications: ids(docs.contraindications) }))(made)
  await make('conditions', (docs) => ({ recommendedMethods: ids(docs['treatment-methods']) }))(made)
  await make('articles', (docs) => ({
    conditions: ids(docs.conditions),
    treatmentMethods: ids(docs['treatment-methods']),
    contraindications: ids(docs.contraindications),
    heroImage: image,
    author: actors.ids.editor,
  }))(made)

  // Credentials with values to leak: a pending password reset and a failed login.
  await send(server, undefined, 'POST', '/api/users/forgot-password', { email: 'editor@example.com' })
  await send(server, undefined, 'POST', '/api/users/login', { email: 'reviewer@example.com', password: 'not the password' })

  const profile = async (locale: string, data: Record<string, unknown>) => {
    const reply = await send(server, admin, 'POST', `/api/globals/clinic-profile?locale=${locale}`, data)
    if (reply.status !== 200) throw new Error(`clinic profile: ${JSON.stringify(reply.body)}`)
  }
  await profile('en', { name: 'Matrix Clinic', safetyDisclaimer: 'See a doctor first.', servicesOffered: ids(made['treatment-methods']) })
  await profile('th', { name: 'คลินิกเมทริกซ์' })

  const docs = await mapLimit(
    CONTENT.flatMap((collection) => made[collection]),
    CONCURRENCY,
    async (doc) => {
      const versions = await send(server, admin, 'GET', `/api/${doc.collection}/versions?where[parent][equals]=${doc.id}&sort=-updatedAt&limit=1&depth=0`)
      return { ...doc, versionId: versions.body.docs[0].id as number }
    },
  )
  const firstOf = async (collection: string) => (await send(server, admin, 'GET', `/api/${collection}?limit=1&depth=0`)).body.docs[0].id as number
  world = {
    server,
    actors,
    docs,
    image,
    records: {
      'review-states': await firstOf('review-states'),
      'review-events': await firstOf('review-events'),
      'translation-states': await firstOf('translation-states'),
    },
    fresh: makeFresh(server, actors),
  }
}, 600_000)
afterAll(async () => {
  await server?.close()
})

async function run(probes: Probe[]): Promise<Checked[]> {
  return (await mapLimit(probes, CONCURRENCY, (probe) => probe())).flat()
}

const failing = (cells: Checked[]) => cells.filter((cell) => cell.actual !== cell.expected || cell.leaks.length).map(describeCell)

describe('access matrix', () => {
  const counts: Record<string, number> = {}

  it('has a row in the policy table for every collection of the config', () => {
    const internal = ['payload-kv', 'payload-jobs', 'payload-locked-documents', 'payload-preferences', 'payload-migrations']
    const slugs = server.runtime.payload.config.collections.map(({ slug }) => slug).filter((slug) => !internal.includes(slug))
    const globals = server.runtime.payload.config.globals.map(({ slug }) => slug)
    expect([...slugs, ...globals].sort()).toEqual(Object.keys(POLICY).sort())
  })

  it('hides credentials, staff accounts and staff-only fields on every path, and refuses filters and sorts on them', async () => {
    const checks = await hiddenFieldChecks(world)
    counts.hidden = checks.length
    expect(checks.filter((check) => check.problem).map((check) => `${check.what}: ${check.problem}`)).toEqual([])
  }, 600_000)

  it('reads: every role sees exactly what the policy allows, in every language and state, and nothing it may not see', async () => {
    const cells = await run([...contentReads(world), ...otherReads(world)])
    counts.reads = cells.length
    expect(failing(cells)).toEqual([])
  }, 600_000)

  it('writes, review steps and the translation API: every role may do exactly what the policy allows', async () => {
    const cells = await run([...contentWrites(world), ...otherWrites(world), ...reviewEndpoints(world), ...translationEndpoints(world), ...serverFunctions(world), ...apiKeys(world)])
    counts.writes = cells.length
    expect(failing(cells)).toEqual([])
  }, 600_000)

  it('leaves every shared document in its state: refused writes changed nothing', async () => {
    const problems: string[] = []
    await mapLimit(world.docs, CONCURRENCY, async (doc) => {
      const review = await send(server, world.actors.tokens.admin, 'GET', `/api/${doc.collection}/${doc.id}/review`)
      const { en, th } = STATES[doc.state]
      if (JSON.stringify(review.body.stages) !== JSON.stringify({ en, th })) problems.push(`${doc.collection} ${doc.state}: stages ${JSON.stringify(review.body.stages)}`)
      const read = await send(server, undefined, 'GET', `/api/${doc.collection}/${doc.id}?locale=all&depth=0`)
      const shown = read.status === 200 ? (JSON.stringify(read.body).match(MARKER) ?? []) : []
      if ([...new Set(shown)].sort().join() !== [...doc.published].sort().join()) problems.push(`${doc.collection} ${doc.state}: the public sees ${shown.join(', ') || 'nothing'}`)
    })
    expect(problems).toEqual([])
    const total = (counts.reads ?? 0) + (counts.writes ?? 0)
    console.info(
      `access matrix: ${total} cells checked (${counts.reads ?? 0} reads, ${counts.writes ?? 0} writes and endpoint calls), ` +
        `${counts.hidden ?? 0} hidden-field checks, ${Math.round((Date.now() - started) / 1000)} s (${Math.round(cpuSeconds())} s of this process's CPU)`,
    )
  })
})
