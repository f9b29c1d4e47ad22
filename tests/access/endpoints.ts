import { CONTENT, expectedReviewStep, REVIEW_STEPS, ROLES, STATES, TRANSLATION_API, type Outcome, type Role, type ReviewStep, type State } from './policy'
import { outcomeOf, send } from './requests'
import { checked, rotate, tokenOf, type Probe, type World } from './world'

const STAFF_ONLY = (role: Role): Outcome => (role === 'anonymous' ? 'deny' : 'allow')

/** Review steps change the stage only from these states; an allowed step elsewhere is left out (its fresh document would cost a full publish). */
const FRESH_FOR_STEPS: State[] = ['draft', 'in_review', 'changes_requested']

type Step = { role: Role; step: ReviewStep; state: State; locale: 'en' | 'th' }

const stepCell = (world: World, { role, step, state, locale }: Step, collection: string, expected: Outcome, reply: { status: number; body: unknown }) =>
  checked(world, { role, path: 'REST POST /:id/review', target: collection, op: step, locale, state, expected }, outcomeOf(reply.status), reply.body)

const takeStep = (world: World, { role, step, locale }: Step, collection: string, id: number) =>
  send(world.server, tokenOf(world, role), 'POST', `/api/${collection}/${id}/review`, { action: step, locale, comment: 'Checked by the access matrix.' })

/**
 * The review endpoints (src/workflow/reviewEndpoint.ts): every step by every role, in every
 * state and language (collections in turn). A step the role may not take, or the stage does not
 * allow, is tried on the shared document; an allowed one on a fresh document in that state, which
 * takes one English and one Thai step (stages are per language).
 */
export function reviewEndpoints(world: World): Probe[] {
  const probes: Probe[] = []
  const states = Object.keys(STATES) as State[]
  const allowed = new Map<State, { en: Step[]; th: Step[] }>()
  let turn = 0
  for (const role of ROLES) {
    const token = tokenOf(world, role)
    for (const step of Object.keys(REVIEW_STEPS) as ReviewStep[]) {
      for (const state of states) {
        for (const locale of ['en', 'th'] as const) {
          const cell: Step = { role, step, state, locale }
          const outcome = expectedReviewStep(role, step, state, locale)
          if (outcome === 'allow') {
            if (!FRESH_FOR_STEPS.includes(state)) continue
            if (!allowed.has(state)) allowed.set(state, { en: [], th: [] })
            allowed.get(state)![locale].push(cell)
            continue
          }
          const collection = rotate(CONTENT, turn++)
          probes.push(async () => {
            const doc = world.docs.find((item) => item.collection === collection && item.state === state)!
            return [stepCell(world, cell, collection, outcome, await takeStep(world, cell, collection, doc.id))]
          })
        }
      }
    }
    for (const [index, collection] of CONTENT.entries()) {
      const doc = world.docs.find((item) => item.collection === collection && item.state === rotate(states, index + ROLES.indexOf(role)))!
      probes.push(async () => {
        const reply = await send(world.server, token, 'GET', `/api/${collection}/${doc.id}/review`)
        return [checked(world, { role, path: 'REST GET /:id/review', target: collection, op: 'review status', locale: '-', state: doc.state, expected: STAFF_ONLY(role) }, outcomeOf(reply.status), reply.body)]
      })
    }
    probes.push(async () => {
      const reply = await send(world.server, token, 'GET', '/api/review-queue')
      return [checked(world, { role, path: 'REST GET /api/review-queue', target: 'review queue', op: 'read', locale: '-', state: '-', expected: STAFF_ONLY(role) }, outcomeOf(reply.status), reply.body)]
    })
  }
  for (const [state, { en, th }] of allowed) {
    for (let index = 0; index < Math.max(en.length, th.length); index++) {
      const collection = rotate(CONTENT, turn++)
      probes.push(async () => {
        const doc = await world.fresh(collection, state)
        const results = []
        for (const cell of [en[index], th[index]].filter(Boolean)) results.push(stepCell(world, cell, collection, 'allow', await takeStep(world, cell, collection, doc.id)))
        return results
      })
    }
  }
  return probes
}

/** A JSON translation file with one unit: the Thai (or other) name of a condition. */
const translationFile = (locale: string, id: number, source: string, target: string) => ({
  format: 'clinic-cms-translation',
  version: 1,
  srcLang: 'en',
  trgLang: locale,
  units: [{ id: `conditions:${id}:name`, source, target }],
})

/**
 * The translation API (src/translation/endpoints.ts) by every role, into English (the source:
 * refused as a target) and Thai. Allowed imports write into a fresh draft.
 */
export function translationEndpoints(world: World): Probe[] {
  const probes: Probe[] = []
  const states = Object.keys(STATES) as State[]
  for (const role of ROLES) {
    const token = tokenOf(world, role)
    for (const locale of ['en', 'th'] as const) {
      const expectFor = (rule: 'read' | 'write', ifAllowed: Outcome = 'allow'): Outcome => {
        if (role === 'anonymous') return 'deny'
        if (locale === 'en') return 'invalid'
        return TRANSLATION_API[rule](role, locale) ? ifAllowed : 'deny'
      }
      const doc = world.docs.find((item) => item.collection === 'conditions' && item.state === rotate(states, ROLES.indexOf(role) + (locale === 'th' ? 1 : 0)))!
      const cell = (path: string, op: string, expectedOutcome: Outcome, state: World['docs'][number]['state'] | '-' = '-') => ({
        role,
        path,
        target: 'translations',
        op,
        locale,
        state,
        expected: expectedOutcome,
      })
      const get = (spec: ReturnType<typeof cell>, url: string) =>
        probes.push(async () => {
          const reply = await send(world.server, token, 'GET', url)
          return [checked(world, spec, outcomeOf(reply.status), reply.body)]
        })
      get(cell('REST GET /api/translations/status', 'status', expectFor('read')), `/api/translations/status?locale=${locale}`)
      get(cell('REST GET /api/translations/export', 'export', expectFor('read')), `/api/translations/export?locale=${locale}&format=json&collection=conditions&ids=${doc.id}`)
      get(cell('REST GET /api/translations/:collection/:id', 'detail', expectFor('read'), doc.state), `/api/translations/conditions/${doc.id}?locale=${locale}`)
      // Nothing is outdated on these documents: a writer's confirmation is refused for that reason (409), others before.
      probes.push(async () => {
        const reply = await send(world.server, token, 'POST', `/api/translations/conditions/${doc.id}/confirm`, { locale, paths: ['name'] })
        return [checked(world, cell('REST POST /api/translations/:collection/:id/confirm', 'confirm', expectFor('write', 'conflict'), doc.state), outcomeOf(reply.status), reply.body)]
      })
      probes.push(async () => {
        const allowed = expectFor('write') === 'allow'
        const target = allowed ? await world.fresh('conditions', 'draft') : doc
        const file = translationFile(locale, target.id, target.latest.en, `ชื่อที่นำเข้าโดย ${role}`)
        const reply = await send(world.server, token, 'POST', '/api/translations/import?format=json', file)
        const applied = reply.status === 200 && reply.body.summary?.applied === 1
        return [
          checked(
            world,
            cell('REST POST /api/translations/import', 'import', expectFor('write'), target.state),
            reply.status === 200 && !applied ? `200 without applying: ${JSON.stringify(reply.body.units)}` : outcomeOf(reply.status),
            reply.body,
          ),
        ]
      })
    }
    // Payload's jobs runner: it runs scheduled publishing; the server does that every minute by itself.
    probes.push(async () => {
      const reply = await send(world.server, token, 'GET', '/api/payload-jobs/run?limit=0')
      return [checked(world, { role, path: 'REST GET /api/payload-jobs/run', target: 'jobs', op: 'run', locale: '-', state: '-', expected: role === 'admin' ? 'allow' : 'deny' }, outcomeOf(reply.status), reply.body)]
    })
    // Unlocking a locked-out account is for admins.
    probes.push(async () => {
      const reply = await send(world.server, token, 'POST', '/api/users/unlock', { email: 'editor@example.com' })
      return [checked(world, { role, path: 'REST POST /api/users/unlock', target: 'users', op: 'unlock', locale: '-', state: 'other-user', expected: role === 'admin' ? 'allow' : 'deny' }, outcomeOf(reply.status), reply.body)]
    })
  }
  return probes
}

/**
 * There are no front-end API keys: the users collection does not enable `useAPIKey`, so a
 * `users API-Key …` header is no credential at all and its bearer is anonymous.
 */
export function apiKeys(world: World): Probe[] {
  const header = { Authorization: 'users API-Key 00000000-0000-4000-8000-000000000000' }
  const draft = world.docs.find((doc) => doc.collection === 'conditions' && doc.state === 'draft')!
  const requests: Array<[string, string, string, Outcome]> = [
    ['GET', '/api/review-queue', 'review queue', 'deny'],
    ['GET', `/api/conditions/${draft.id}?draft=true`, 'conditions', 'hidden'],
    ['GET', '/api/users', 'users', 'deny'],
    ['GET', '/api/translations/status?locale=th', 'translations', 'deny'],
  ]
  return requests.map(([method, url, target, expected]) => async () => {
    const reply = await send(world.server, undefined, method, url, undefined, header)
    return [checked(world, { role: 'anonymous', path: `REST ${method} ${url.split('?')[0]} with a users API-Key header`, target, op: 'read', locale: '-', state: target === 'conditions' ? 'draft' : '-', expected }, outcomeOf(reply.status), reply.body)]
  })
}
