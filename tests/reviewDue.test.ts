import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setClock } from '../src/workflow/clock'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'

let server: TestServer
let staff: Staff
let reviewedId: number
let neverReviewedId: number

beforeAll(async () => {
  // A 6-month interval, to tell it apart from the 12-month default.
  server = await startTestServer('review_due', { REVIEW_INTERVAL_MONTHS: '6' })
  staff = await createStaff(server)
  // Reviewed and published on 1 March 2026, by the workflow, with the clock set to that day.
  setClock(new Date('2026-03-01T00:00:00.000Z'))
  const reviewed = await publishThroughReview(server, staff, 'contraindications', {
    name: 'Pregnancy',
    severity: 'relative',
    description: 'Some points are avoided.',
    advice: 'Tell the practitioner.',
  })
  setClock()
  reviewedId = reviewed.id
  const editor = apiClient(server, staff.editor)
  const never = await editor.post('/api/contraindications', {
    name: 'Seizures',
    severity: 'relative',
    description: 'Poorly controlled epilepsy.',
    advice: 'Bring a companion.',
  })
  neverReviewedId = never.body.doc.id
})
afterEach(() => setClock())
afterAll(async () => {
  await server?.close()
})

const reviewDue = async (id: number, token?: string) =>
  (await apiClient(server, token).get(`/api/contraindications/${id}`)).body.medicalReview.reviewDue

describe('periodic re-review', () => {
  it('is not due within the interval since the last review', async () => {
    setClock(new Date('2026-08-31T00:00:00.000Z'))
    expect(await reviewDue(reviewedId, staff.reviewer)).toBe(false)
  })

  it('becomes due once the interval (REVIEW_INTERVAL_MONTHS) has passed', async () => {
    setClock(new Date('2026-09-01T00:00:00.000Z'))
    expect(await reviewDue(reviewedId, staff.reviewer)).toBe(true)
  })

  it('is due for content never reviewed', async () => {
    expect(await reviewDue(neverReviewedId, staff.editor)).toBe(true)
  })

  it('is shown to staff through GraphQL too', async () => {
    setClock(new Date('2027-01-01T00:00:00.000Z'))
    const response = await apiClient(server, staff.admin).graphql(
      `{ Contraindication(id: ${reviewedId}) { medicalReview { reviewDue lastReviewedAt } } }`,
    )
    expect(response.body.data.Contraindication.medicalReview.reviewDue).toBe(true)
  })

  it('is not shown to the public', async () => {
    const response = await apiClient(server).get(`/api/contraindications/${reviewedId}`)
    expect(response.body.medicalReview.lastReviewedAt).toBe('2026-03-01T00:00:00.000Z')
    expect(response.body.medicalReview).not.toHaveProperty('reviewDue')
  })
})
