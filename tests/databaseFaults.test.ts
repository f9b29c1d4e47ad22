import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Runtime } from '../src/server/runtime'
import { apiClient } from './helpers/api'
import { startServerWithOwnDatabase, type OwnDatabaseServer } from './helpers/ownDatabaseServer'
import { createStaff, type Staff } from './helpers/staff'
import type { TestServer } from './helpers/testServer'
import { reviewStep } from './helpers/workflow'

// This file runs its own PostgreSQL so that it can stop and start it under a loaded server.
let own: OwnDatabaseServer
let database: OwnDatabaseServer['database']
let runtime: Runtime
let server: Pick<TestServer, 'baseURL'>
let staff: Staff

beforeAll(async () => {
  own = await startServerWithOwnDatabase('db-faults')
  ;({ database, runtime } = own)
  server = { baseURL: own.baseURL }
  staff = await createStaff(server as TestServer)
})

afterAll(async () => {
  await own?.close()
})

type Outcome = { what: string; status: number; ms: number; message?: string; at: number }
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Sends one request and records how it ended; a request that fails to answer counts as status 0. */
async function attempt(outcomes: Outcome[], what: string, run: () => Promise<{ status: number; body: any }>) {
  const at = Date.now()
  try {
    const response = await run()
    outcomes.push({ what, status: response.status, ms: Date.now() - at, at, message: response.body?.errors?.[0]?.message })
    return response
  } catch (error) {
    outcomes.push({ what, status: 0, ms: Date.now() - at, at, message: (error as Error).message })
    return undefined
  }
}

async function waitForReadyz(status: number, timeoutMs: number): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    const seen = await fetch(`${server.baseURL}/readyz`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0)
    if (seen === status) return Date.now() - started
    await tick(100)
  }
  throw new Error(`/readyz did not answer ${status} within ${timeoutMs} ms`)
}

describe('PostgreSQL stopping and starting under load', () => {
  it('fails requests fast with 503 during the outage, recovers without a restart, and half-applies nothing', async () => {
    const editor = apiClient(server, staff.editor)
    const anonymous = apiClient(server)

    // Documents the review loop moves back and forth: every step is a state change and an audit entry.
    const reviewed: number[] = []
    for (const name of ['Fault test A', 'Fault test B']) {
      const created = await editor.post('/api/conditions?draft=true', { name, summary: `${name}.`, bodyRegions: ['neck'] })
      expect(created.status).toBe(201)
      reviewed.push(created.body.doc.id)
    }
    // A scheduled publish that falls due while the database is down.
    const scheduled = (await editor.post('/api/conditions?draft=true', { name: 'Fault test scheduled', summary: 'Due in the outage.', bodyRegions: ['neck'] })).body.doc.id as number
    await reviewStep(server, staff.editor, 'conditions', scheduled, 'submit', 'en')
    await reviewStep(server, staff.reviewer, 'conditions', scheduled, 'approve', 'en')
    await runtime.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'conditions', value: scheduled }, user: { relationTo: 'users', value: staff.ids.admin } },
      waitUntil: new Date(Date.now() + 1_000),
    })

    const outcomes: Outcome[] = []
    const created: Array<{ id: number; name: string }> = []
    const acknowledgedSteps = new Map<number, number>()
    let loading = true
    let serial = 0
    const readers = [0, 1, 2].map(async (reader) => {
      while (loading) {
        if (reader === 0) await attempt(outcomes, 'REST list', () => anonymous.get('/api/conditions?limit=5&locale=th'))
        else if (reader === 1) await attempt(outcomes, 'GraphQL list', () => anonymous.graphql('{ Conditions(limit: 5) { docs { name } } }'))
        else await attempt(outcomes, 'REST by id (staff)', () => editor.get(`/api/conditions/${reviewed[0]}?draft=true`))
        await tick(20)
      }
    })
    const writer = (async () => {
      while (loading) {
        const name = `Written under load ${++serial}`
        const response = await attempt(outcomes, 'create draft', () => editor.post('/api/conditions?draft=true', { name, summary: 'Load.', bodyRegions: ['neck'] }))
        if (response?.status === 201) created.push({ id: response.body.doc.id, name })
        await tick(30)
      }
    })()
    // The review loop acts as a careful client: after any answer other than 200 it reads the stage again
    // before the next step, because an outage can leave it unsure whether its last step landed.
    const knownStage = new Map<number, string | undefined>(reviewed.map((id) => [id, 'draft']))
    const reviewLoop = (async () => {
      let round = 0
      while (loading) {
        const id = reviewed[round++ % reviewed.length]!
        if (knownStage.get(id) === undefined) {
          const read = await attempt(outcomes, 'review read', () => editor.get(`/api/conditions/${id}/review`))
          if (read?.status === 200) knownStage.set(id, read.body.stages.en)
        }
        const stage = knownStage.get(id)
        if (stage === 'draft' || stage === 'in_review') {
          const action = stage === 'draft' ? 'submit' : 'withdraw'
          const response = await attempt(outcomes, `review ${action}`, () => editor.post(`/api/conditions/${id}/review`, { action, locale: 'en' }))
          if (response?.status === 200) {
            acknowledgedSteps.set(id, (acknowledgedSteps.get(id) ?? 0) + 1)
            knownStage.set(id, stage === 'draft' ? 'in_review' : 'draft')
          } else knownStage.set(id, undefined)
        }
        await tick(30)
      }
    })()

    await tick(1_500)
    const stoppedAt = Date.now()
    await database.stop()
    const downAfterMs = await waitForReadyz(503, 10_000)
    // While it is down: the jobs queue's timer fires and finds nothing it can do.
    await runtime.payload.jobs.run().catch(() => undefined)
    await tick(2_000)
    const restartedAt = Date.now()
    await database.start()
    const upAfterMs = await waitForReadyz(200, 20_000)
    await tick(1_500)
    loading = false
    await Promise.all([...readers, writer, reviewLoop])

    // Readiness follows the database, in seconds, without restarting this process.
    expect(downAfterMs).toBeLessThan(10_000)
    expect(upAfterMs).toBeLessThan(20_000)

    // Nothing answered 500, nothing hung: during the outage each request failed fast with 503 and a message.
    const outage = outcomes.filter((outcome) => outcome.at >= stoppedAt && outcome.at < restartedAt)
    expect(outage.length).toBeGreaterThan(5)
    expect(outcomes.filter((outcome) => outcome.status >= 500 && outcome.status !== 503)).toEqual([])
    expect(outcomes.filter((outcome) => outcome.status === 0)).toEqual([])
    expect(outage.filter((outcome) => outcome.ms > 8_000)).toEqual([])
    const unavailable = outcomes.filter((outcome) => outcome.status === 503)
    expect(unavailable.length).toBeGreaterThan(0)
    for (const outcome of unavailable) expect(outcome.message, outcome.what).toMatch(/database is not answering|took longer than|ฐานข้อมูลไม่ตอบสนอง/)
    // And after it, everything works again.
    const after = outcomes.filter((outcome) => outcome.at >= restartedAt + upAfterMs)
    expect(after.length).toBeGreaterThan(0)
    expect(after.filter((outcome) => outcome.status >= 400)).toEqual([])

    // Every acknowledged write is there, with what was sent.
    for (const { id, name } of created) {
      const read = await editor.get(`/api/conditions/${id}?draft=true&depth=0`)
      expect(read.status, name).toBe(200)
      expect(read.body.name).toBe(name)
    }
    // A review step and its audit entry land together: the stage is always where the last entry took it.
    for (const id of reviewed) {
      const review = (await apiClient(server, staff.admin).get(`/api/conditions/${id}/review`)).body as {
        stages: Record<string, string>
        events: Array<{ locale: string; toStage: string; action: string }>
      }
      const english = review.events.filter((event) => event.locale === 'en')
      expect(review.stages.en).toBe(english[0]?.toStage ?? 'draft')
      expect(english.length).toBeGreaterThanOrEqual(acknowledgedSteps.get(id) ?? 0)
    }

    // The scheduled publish that fell due in the outage runs after it, once (two timer ticks).
    await runtime.payload.jobs.run()
    await runtime.payload.jobs.run()
    const published = await anonymous.get(`/api/conditions/${scheduled}`)
    const history = (await apiClient(server, staff.admin).get(`/api/conditions/${scheduled}/review`)).body.events as Array<{ action: string }>
    const jobs = await runtime.payload.find({ collection: 'payload-jobs', depth: 0 })
    expect(published.status, `not published; jobs: ${JSON.stringify(jobs.docs)}; history: ${JSON.stringify(history)}`).toBe(200)
    expect(history.filter((event) => event.action === 'publish')).toHaveLength(1)

    console.info(
      `database faults: ${outcomes.length} requests (${outage.length} during the outage, ${unavailable.length} × 503), ` +
        `${created.length} drafts and ${[...acknowledgedSteps.values()].reduce((a, b) => a + b, 0)} review steps acknowledged and verified; ` +
        `/readyz 503 after ${downAfterMs} ms, 200 again ${upAfterMs} ms after the restart`,
    )
  })
})
