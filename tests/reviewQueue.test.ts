import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setClock } from '../src/workflow/clock'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview, reviewStep } from './helpers/workflow'

let server: TestServer
let staff: Staff
const ids: Record<string, number> = {}

const day = (date: string) => new Date(`${date}T09:00:00.000Z`)

beforeAll(async () => {
  server = await startTestServer('review_queue', { REVIEW_INTERVAL_MONTHS: '12' })
  staff = await createStaff(server)
  const editor = apiClient(server, staff.editor)
  const write = async (name: string, thai: string) => {
    const created = await editor.post('/api/treatment-methods?draft=true', { name, summary: `${name}.` })
    await editor.patch(`/api/treatment-methods/${created.body.doc.id}?locale=th&draft=true`, { name: thai, summary: `${thai}.` })
    return created.body.doc.id as number
  }

  // Reviewed and published long ago: due for re-review by now.
  setClock(day('2025-01-10'))
  ids.old = (await publishThroughReview(server, staff, 'treatment-methods', { name: 'Cupping', summary: 'Suction cups.' })).id

  setClock(day('2026-11-01'))
  ids.waiting = await write('Moxibustion', 'การรมยา')
  await reviewStep(server, staff.editor, 'treatment-methods', ids.waiting, 'submit', 'th')

  setClock(day('2026-11-15'))
  ids.sentBack = await write('Electroacupuncture', 'ฝังเข็มกระตุ้นไฟฟ้า')
  await reviewStep(server, staff.editor, 'treatment-methods', ids.sentBack, 'submit', 'en')
  await reviewStep(server, staff.reviewer, 'treatment-methods', ids.sentBack, 'request_changes', 'en', 'Add the pacemaker warning.')
  await reviewStep(server, staff.editor, 'treatment-methods', ids.waiting, 'submit', 'en')
  await reviewStep(server, staff.reviewer, 'treatment-methods', ids.waiting, 'approve', 'en')
  // A publish refused: Thai is still in review.
  await apiClient(server, staff.admin).patch(`/api/treatment-methods/${ids.waiting}`, { _status: 'published' })
  setClock(day('2026-11-21'))
})
afterEach(() => setClock(day('2026-11-21')))
afterAll(async () => {
  setClock()
  await server?.close()
})

const queue = async (token = staff.reviewer) => (await apiClient(server, token).get('/api/review-queue')).body

describe('the review queue', () => {
  it('lists what awaits review per locale, oldest first, with its age and submitter', async () => {
    const { awaitingReview } = await queue()
    expect(awaitingReview).toEqual([
      expect.objectContaining({
        collection: 'treatment-methods',
        id: ids.waiting,
        title: 'การรมยา',
        locale: 'th',
        stage: 'in_review',
        ageDays: 20,
        submittedBy: 'editor',
        adminPath: `/admin/collections/treatment-methods/${ids.waiting}?locale=th`,
      }),
    ])
  })

  it('lists what was sent back, with the reviewer’s comment', async () => {
    const { changesRequested } = await queue()
    expect(changesRequested).toEqual([
      expect.objectContaining({ id: ids.sentBack, locale: 'en', title: 'Electroacupuncture', ageDays: 6, lastComment: 'Add the pacemaker warning.' }),
    ])
  })

  it('lists approved locales waiting for an admin to publish', async () => {
    const { readyToPublish } = await queue(staff.admin)
    expect(readyToPublish.map((item: { id: number; locale: string }) => [item.id, item.locale])).toEqual([[ids.waiting, 'en']])
  })

  it('flags published content whose last review is older than the interval', async () => {
    const { reviewDue, reviewIntervalMonths } = await queue()
    expect(reviewIntervalMonths).toBe(12)
    expect(reviewDue).toEqual([expect.objectContaining({ id: ids.old, title: 'Cupping', lastReviewedAt: '2025-01-10T09:00:00.000Z' })])
    setClock(day('2025-06-01'))
    expect((await queue()).reviewDue).toEqual([])
  })

  it('shows refused publishes with their reason', async () => {
    const { refusedPublishes } = await queue(staff.admin)
    expect(refusedPublishes).toEqual([
      expect.objectContaining({ id: ids.waiting, locale: 'th', title: 'การรมยา', reason: expect.stringMatching(/Thai \(ไทย\) version is "in review"/) }),
    ])
  })

  it('is for staff only', async () => {
    expect((await apiClient(server).get('/api/review-queue')).status).toBe(401)
    expect((await apiClient(server, staff.translator).get('/api/review-queue')).status).toBe(200)
  })
})
