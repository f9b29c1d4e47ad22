import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

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

async function scheduleInThePast(id: number, minutesAgo: number) {
  // What the admin's "schedule publish" does: queue Payload's schedulePublish job for the editor.
  return server.runtime.payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'conditions', value: id }, user: { relationTo: 'users', value: staff.ids.editor } },
    waitUntil: new Date(Date.now() - minutesAgo * 60_000),
  })
}

describe('scheduled publishing', () => {
  it('runs the jobs queue on a timer in processes that run jobs', () => {
    expect((server.runtime.payload as unknown as { crons: unknown[] }).crons.length).toBeGreaterThan(0)
  })

  it('publishes a scheduled draft when the queue runs', async () => {
    const draft = await apiClient(server, staff.editor).post('/api/conditions?draft=true', {
      name: 'Scheduled condition',
      summary: 'Goes live later.',
      bodyRegions: ['neck'],
    })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    expect((await apiClient(server).get(`/api/conditions/${id}`)).status).not.toBe(200)

    await scheduleInThePast(id, 1)
    await server.runtime.payload.jobs.run()

    const read = await apiClient(server).get(`/api/conditions/${id}`)
    expect(read.status).toBe(200)
    expect(read.body.name).toBe('Scheduled condition')
  })

  it('reports jobs that are overdue on /readyz without taking the server out of rotation', async () => {
    const draft = await apiClient(server, staff.editor).post('/api/conditions?draft=true', {
      name: 'Late condition',
      summary: 'Missed its slot.',
      bodyRegions: ['neck'],
    })
    await scheduleInThePast(draft.body.doc.id, 10)

    const late = await apiClient(server).get('/readyz')
    expect(late.status).toBe(200)
    expect(late.body.status).toBe('degraded')
    expect(late.body.checks.jobs).toMatchObject({ ok: false, overdue: 1, running: true })

    await server.runtime.payload.jobs.run()
    const caughtUp = await apiClient(server).get('/readyz')
    expect(caughtUp.body).toMatchObject({ status: 'ready', checks: { jobs: { ok: true, overdue: 0 } } })
  })
})
