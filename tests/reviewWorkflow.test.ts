import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outbox } from '../src/email/emailAdapter'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let staff: Staff

beforeAll(async () => {
  server = await startTestServer('review_workflow')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

async function newCondition(name: string): Promise<number> {
  const created = await apiClient(server, staff.editor).post('/api/conditions?draft=true', {
    name,
    summary: `${name} summary`,
    bodyRegions: ['lower-back'],
  })
  expect(created.status).toBe(201)
  const translated = await apiClient(server, staff.editor).patch(`/api/conditions/${created.body.doc.id}?locale=th&draft=true`, {
    name: `${name} (ไทย)`,
    summary: `สรุป ${name}`,
  })
  expect(translated.status).toBe(200)
  return created.body.doc.id
}

const act = (token: string | undefined, id: number, action: string, locale = 'en', comment?: string) =>
  apiClient(server, token).post(`/api/conditions/${id}/review`, { action, locale, ...(comment === undefined ? {} : { comment }) })

const stages = async (id: number) => (await apiClient(server, staff.reviewer).get(`/api/conditions/${id}/review`)).body

describe('review transitions', () => {
  it('lets an editor submit a locale for review and records who, when, from, to and the version', async () => {
    const id = await newCondition('Submitted')
    const response = await act(staff.editor, id, 'submit', 'en')
    expect(response.status).toBe(200)
    expect(response.body.state.stage).toBe('in_review')
    const { stages: now, events } = await stages(id)
    expect(now).toEqual({ en: 'in_review', th: 'draft' })
    expect(events[0]).toMatchObject({ action: 'submit', locale: 'en', fromStage: 'draft', toStage: 'in_review', actor: staff.ids.editor, actorName: 'editor' })
    expect(events[0].versionId).toBeTruthy()
    expect(events[0].createdAt).toBeTruthy()
  })

  it.each([
    ['submit', 'reviewer', 'Only editor or admin users may submit.'],
    ['submit', 'translator', 'Translators may submit only the languages on their account (th).'],
    ['approve', 'editor', 'Only reviewer or admin users may approve.'],
    ['approve', 'translator', 'Only reviewer or admin users may approve.'],
    ['request_changes', 'editor', 'Only reviewer or admin users may request changes.'],
  ] as const)('refuses %s by a %s with a 403 that says who may', async (action, role, message) => {
    const id = await newCondition(`Refused ${action} ${role}`)
    if (action !== 'submit') expect((await act(staff.editor, id, 'submit')).status).toBe(200)
    const response = await act(staff[role], id, action, 'en', 'A comment.')
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toBe(message)
  })

  it('refuses moves that the current stage does not allow, with a 409 naming the stage', async () => {
    const id = await newCondition('Out of order')
    const approveDraft = await act(staff.reviewer, id, 'approve')
    expect(approveDraft.status).toBe(409)
    expect(approveDraft.body.errors[0].message).toBe('Cannot approve the en version: it is draft (allowed from in_review).')
    expect((await act(staff.editor, id, 'withdraw')).status).toBe(409)
  })

  it('requires a comment to request changes, then lets the editor resubmit', async () => {
    const id = await newCondition('Needs work')
    await act(staff.editor, id, 'submit', 'th')
    const silent = await act(staff.reviewer, id, 'request_changes', 'th', '  ')
    expect(silent.status).toBe(400)
    expect(silent.body.errors[0].message).toMatch(/comment is required/)
    const sent = await act(staff.reviewer, id, 'request_changes', 'th', 'Use the Thai medical term for sciatica.')
    expect(sent.status).toBe(200)
    expect((await stages(id)).stages.th).toBe('changes_requested')
    expect((await stages(id)).events[0]).toMatchObject({ action: 'request_changes', comment: 'Use the Thai medical term for sciatica.' })
    expect((await act(staff.editor, id, 'submit', 'th')).body.state.stage).toBe('in_review')
  })

  it('lets an editor withdraw a submission', async () => {
    const id = await newCondition('Withdrawn')
    await act(staff.editor, id, 'submit')
    expect((await act(staff.editor, id, 'withdraw')).body.state.stage).toBe('draft')
  })

  it('refuses self-approval, even to an admin', async () => {
    const id = await newCondition('Self approved')
    await act(staff.admin, id, 'submit')
    const response = await act(staff.admin, id, 'approve')
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toMatch(/cannot approve changes you wrote or submitted yourself/)
    expect((await act(staff.reviewer, id, 'approve')).body.state.stage).toBe('approved')
  })

  it('moves English and Thai independently', async () => {
    const id = await newCondition('Two languages')
    await act(staff.editor, id, 'submit', 'en')
    await act(staff.editor, id, 'submit', 'th')
    await act(staff.reviewer, id, 'approve', 'en')
    await act(staff.reviewer, id, 'request_changes', 'th', 'Thai summary is missing.')
    expect((await stages(id)).stages).toEqual({ en: 'approved', th: 'changes_requested' })
  })

  it('sends an approved locale back to draft when its text is edited, and leaves the other locale alone', async () => {
    const id = await newCondition('Edited after approval')
    for (const locale of ['en', 'th']) {
      await act(staff.editor, id, 'submit', locale)
      await act(staff.reviewer, id, 'approve', locale)
    }
    const edited = await apiClient(server, staff.editor).patch(`/api/conditions/${id}?locale=en&draft=true`, { summary: 'Rewritten.' })
    expect(edited.status).toBe(200)
    const after = await stages(id)
    expect(after.stages).toEqual({ en: 'draft', th: 'approved' })
    expect(after.events[0]).toMatchObject({ action: 'reset_by_edit', locale: 'en', fromStage: 'approved', toStage: 'draft' })
  })

  it('answers bad requests with clear 4xx errors', async () => {
    const id = await newCondition('Bad requests')
    expect((await act(undefined, id, 'submit')).status).toBe(401)
    const unknown = await act(staff.editor, id, 'publish-now')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toMatch(/Unknown review action "publish-now"/)
    const locale = await act(staff.editor, id, 'submit', 'fr')
    expect(locale.status).toBe(400)
    expect((await act(staff.editor, 999_999, 'submit')).status).toBe(404)
    expect((await apiClient(server).get(`/api/conditions/${id}/review`)).status).toBe(403)
    expect((await apiClient(server, staff.editor).get('/api/conditions/999999/review')).status).toBe(404)
    expect((await apiClient(server, staff.editor).get('/api/conditions/abc/review')).status).toBe(404)
  })
})

describe('the review history', () => {
  it('cannot be changed or deleted by anyone, admins included, through REST, GraphQL or the local API', async () => {
    const id = await newCondition('Audited')
    await act(staff.editor, id, 'submit')
    const [event] = (await stages(id)).events
    const admin = apiClient(server, staff.admin)
    expect((await admin.patch(`/api/review-events/${event.id}`, { comment: 'rewritten' })).status).toBe(403)
    expect((await admin.delete(`/api/review-events/${event.id}`)).status).toBe(403)
    expect((await admin.patch(`/api/review-events?where[id][equals]=${event.id}`, { comment: 'bulk' })).status).toBe(403)
    expect((await admin.post('/api/review-events', { locale: 'en', action: 'submit', fromStage: 'draft', toStage: 'approved' })).status).toBe(403)
    const graphql = await admin.graphql(`mutation { deleteReviewEvent(id: ${event.id}) { id } }`)
    expect(graphql.body.errors?.length).toBeGreaterThan(0)
    const { payload } = server.runtime
    await expect(payload.update({ collection: 'review-events', id: event.id, data: { comment: 'x' } })).rejects.toThrow(/append-only/)
    await expect(payload.delete({ collection: 'review-events', id: event.id })).rejects.toThrow(/append-only/)
    expect((await stages(id)).events[0]).toMatchObject({ id: event.id, comment: null })
  })

  it('is shown on the document to staff, newest first, and not to the public', async () => {
    const id = await newCondition('History on the document')
    await act(staff.editor, id, 'submit', 'en')
    await act(staff.editor, id, 'withdraw', 'en')
    const read = await apiClient(server, staff.reviewer).get(`/api/conditions/${id}?depth=1`)
    expect(read.body.reviewHistory.docs.map((event: { action: string }) => event.action)).toEqual(['withdraw', 'submit'])
    await act(staff.editor, id, 'submit', 'en')
    await act(staff.reviewer, id, 'approve', 'en')
    const published = await apiClient(server, staff.admin).patch(`/api/conditions/${id}?publishSpecificLocale=en`, { _status: 'published' })
    expect(published.status).toBe(200)
    const publicRead = await apiClient(server).get(`/api/conditions/${id}?depth=1`)
    expect(publicRead.status).toBe(200)
    expect(publicRead.body).not.toHaveProperty('reviewHistory')
  })

  it('is readable by staff only', async () => {
    expect((await apiClient(server).get('/api/review-events')).status).toBe(403)
    expect((await apiClient(server, staff.translator).get('/api/review-events')).status).toBe(200)
  })

  it('keeps review states out of reach of direct writes', async () => {
    const id = await newCondition('State guarded')
    await act(staff.editor, id, 'submit')
    const states = await apiClient(server, staff.admin).get(`/api/review-states?where[documentId][equals]=${id}`)
    const stateId = states.body.docs[0].id
    expect((await apiClient(server, staff.editor).patch(`/api/review-states/${stateId}`, { stage: 'approved' })).status).toBe(403)
    expect((await apiClient(server, staff.admin).patch(`/api/review-states/${stateId}`, { stage: 'approved' })).status).toBe(403)
  })
})

describe('notifications', () => {
  const mailTo = (address: string) => outbox.filter((email) => email.to === address)

  it('emails the reviewers when a locale is submitted, not the submitter', async () => {
    const id = await newCondition('Mail on submit')
    outbox.length = 0
    await act(staff.editor, id, 'submit', 'th')
    expect(outbox.map((email) => email.to).sort()).toEqual(['reviewer@example.com'])
    const [email] = mailTo('reviewer@example.com')
    expect(email!.subject).toBe('Review requested: Mail on submit (ไทย) (Thai) · ขอให้ตรวจทาน: Mail on submit (ไทย) (ภาษาไทย)')
    expect(email!.text).toContain('editor submitted the Thai version of “Mail on submit (ไทย)” for medical review.')
    expect(email!.text).toContain(`/admin/collections/conditions/${id}?locale=th`)
  })

  it('emails the submitter and the admins on approval', async () => {
    const id = await newCondition('Mail on approval')
    await act(staff.editor, id, 'submit', 'en')
    outbox.length = 0
    await act(staff.reviewer, id, 'approve', 'en')
    expect(outbox.map((email) => email.to).sort()).toEqual(['admin@example.com', 'editor@example.com'])
    expect(outbox[0]!.text).toContain('reviewer approved the English version of “Mail on approval”. An admin can now publish it.')
  })

  it('emails the authors the reviewer’s comment when changes are requested', async () => {
    const id = await newCondition('Mail on changes')
    await act(staff.editor, id, 'submit', 'en')
    outbox.length = 0
    await act(staff.reviewer, id, 'request_changes', 'en', 'Say that sham needling did about as well in trials.')
    expect(outbox.map((email) => email.to)).toEqual(['editor@example.com'])
    expect(outbox[0]!.subject).toMatch(/^Changes requested: Mail on changes \(English\)/)
    expect(outbox[0]!.text).toContain('Say that sham needling did about as well in trials.')
  })

  it('sends nothing when a step is refused', async () => {
    const id = await newCondition('Mail on refusal')
    outbox.length = 0
    expect((await act(staff.reviewer, id, 'approve', 'en')).status).toBe(409)
    expect(outbox).toHaveLength(0)
  })
})

describe('the transition matrix', () => {
  const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
  const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
  const RULES = {
    submit: { roles: ['editor', 'admin'], from: ['draft', 'changes_requested'], to: 'in_review' },
    withdraw: { roles: ['editor', 'admin'], from: ['in_review'], to: 'draft' },
    approve: { roles: ['reviewer', 'admin'], from: ['in_review'], to: 'approved' },
    request_changes: { roles: ['reviewer', 'admin'], from: ['in_review'], to: 'changes_requested' },
  } as const

  /** A condition brought to `stage` the way staff would get it there. */
  async function conditionAt(stage: (typeof STAGES)[number]): Promise<number> {
    const id = await newCondition(`Matrix ${stage} ${Math.random().toString(36).slice(2, 8)}`)
    if (stage === 'draft') return id
    await act(staff.editor, id, 'submit', 'en')
    if (stage === 'changes_requested') await act(staff.reviewer, id, 'request_changes', 'en', 'Please revise.')
    if (stage === 'approved' || stage === 'published') await act(staff.reviewer, id, 'approve', 'en')
    if (stage === 'published') {
      expect((await apiClient(server, staff.admin).patch(`/api/conditions/${id}?publishSpecificLocale=en`, { _status: 'published' })).status).toBe(200)
    }
    expect((await stages(id)).stages.en).toBe(stage)
    return id
  }

  const cases = STAGES.flatMap((stage) =>
    ROLES.flatMap((role) => (Object.keys(RULES) as Array<keyof typeof RULES>).map((action) => ({ stage, role, action }))),
  )
  const atStage: Partial<Record<(typeof STAGES)[number], number>> = {}

  it.each(cases)('$role $action from $stage', async ({ stage, role, action }) => {
    const rule = RULES[action]
    const allowedRole = (rule.roles as readonly string[]).includes(role)
    const allowedStage = (rule.from as readonly string[]).includes(stage)
    // Refusals change nothing, so they share one document per stage; allowed moves get their own.
    const id = allowedRole && allowedStage ? await conditionAt(stage) : (atStage[stage] ??= await conditionAt(stage))
    const response = await act(staff[role], id, action, 'en', 'A comment.')
    if (!allowedRole) {
      expect(response.status).toBe(403)
      // Translators may submit and withdraw their own languages (Thai), not English, which this matrix moves.
      const translatorStep = role === 'translator' && (action === 'submit' || action === 'withdraw')
      expect(response.body.errors[0].message).toBe(
        translatorStep
          ? `Translators may ${action} only the languages on their account (th).`
          : `Only ${rule.roles.join(' or ')} users may ${action.replace('_', ' ')}.`,
      )
    } else if (!allowedStage) {
      expect(response.status).toBe(409)
      expect(response.body.errors[0].message).toBe(
        `Cannot ${action.replace('_', ' ')} the en version: it is ${stage.replace('_', ' ')} (allowed from ${rule.from.join(', ')}).`,
      )
    } else {
      expect(response.status).toBe(200)
      expect((await stages(id)).stages.en).toBe(rule.to)
    }
  })
})
