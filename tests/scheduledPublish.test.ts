import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { reviewStep } from './helpers/workflow'

let server: TestServer
let staff: Staff

beforeAll(async () => {
  // RUN_JOBS=true: this process runs the jobs queue every minute, as the production server does.
  server = await startTestServer('scheduled_publish', { RUN_JOBS: 'true' })
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

async function scheduleInThePast(id: number, minutesAgo: number, by: 'admin' | 'editor' = 'admin') {
  // What the admin's "schedule publish" does: queue Payload's schedulePublish job as the scheduling user.
  return server.runtime.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'conditions', value: id }, user: { relationTo: 'users', value: staff.ids[by] } },
    waitUntil: new Date(Date.now() - minutesAgo * 60_000),
  })
}

async function draftCondition(name: string): Promise<number> {
  const draft = await apiClient(server, staff.editor).post('/api/conditions?draft=true', { name, summary: `${name}.`, bodyRegions: ['neck'] })
  expect(draft.status).toBe(201)
  return draft.body.doc.id
}

const history = async (id: number) =>
  (await apiClient(server, staff.admin).get(`/api/conditions/${id}/review`)).body.events as Array<Record<string, unknown>>

describe('scheduled publishing', () => {
  it('runs the jobs queue on a timer in processes that run jobs', () => {
    expect((server.runtime.payload as unknown as { crons: unknown[] }).crons.length).toBeGreaterThan(0)
  })

  it('publishes a scheduled, approved draft when the queue runs', async () => {
    const id = await draftCondition('Scheduled condition')
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', 'en')
    await reviewStep(server, staff.reviewer, 'conditions', id, 'approve', 'en')
    expect((await apiClient(server).get(`/api/conditions/${id}`)).status).not.toBe(200)

    await scheduleInThePast(id, 1)
    await server.runtime.payload.jobs.run()

    const read = await apiClient(server).get(`/api/conditions/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('Scheduled condition')
    expect((await history(id))[0]).toMatchObject({ action: 'publish', locale: 'en', toStage: 'published', actor: staff.ids.admin })
  })

  it('refuses a scheduled publish of text not approved when it fires, and records why on the document', async () => {
    const id = await draftCondition('Scheduled too early')
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', 'en')
    const job = await scheduleInThePast(id, 1)
    await server.runtime.payload.jobs.run()

    expect((await apiClient(server).get(`/api/conditions/${id}`)).status).not.toBe(200)
    const [refusal] = await history(id)
    expect(refusal).toMatchObject({ action: 'publish_refused', locale: 'en', fromStage: 'in_review', toStage: 'in_review', actor: staff.ids.admin })
    expect(refusal.comment).toMatch(/English version is "in review" and has not been approved by a medical reviewer/)
    const failed = await server.runtime.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(failed.hasError).toBe(true)
    expect(JSON.stringify(failed.log ?? failed.error)).toMatch(/not been approved/)
  })

  it('refuses a scheduled publish queued by an editor, who may not publish', async () => {
    const id = await draftCondition('Scheduled by an editor')
    await reviewStep(server, staff.editor, 'conditions', id, 'submit', 'en')
    await reviewStep(server, staff.reviewer, 'conditions', id, 'approve', 'en')
    await scheduleInThePast(id, 1, 'editor')
    await server.runtime.payload.jobs.run()

    expect((await apiClient(server).get(`/api/conditions/${id}`)).status).not.toBe(200)
    expect((await history(id))[0]).toMatchObject({ action: 'publish_refused', actor: staff.ids.editor, comment: expect.stringMatching(/^Only an admin can publish/) })
  })

  it('reports jobs that are overdue on /readyz without taking the server out of rotation', async () => {
    await scheduleInThePast(await draftCondition('Late condition'), 10)

    const late = await apiClient(server).get('/readyz')
    expect(late.status).toBe(200)
    expect(late.body.status).toBe('degraded')
    expect(late.body.checks.jobs).toMatchObject({ ok: false, overdue: 1, running: true })

    await server.runtime.payload.jobs.run()
    const caughtUp = await apiClient(server).get('/readyz')
    expect(caughtUp.body).toMatchObject({ status: 'ready', checks: { jobs: { ok: true, overdue: 0 } } })
  })
})
