import { copyDataFromLocaleHandler } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { getUpcomingScheduledPublishHandler, schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { createLocalReq, type PayloadRequest } from 'payload'

import { ROLES, type Outcome, type Role } from './policy'
import type { Checked } from './requests'
import { checked, type Probe, type World } from './world'

/**
 * The admin's server functions, called the way Next calls them (handleServerFunctions builds the
 * request from the session cookie, then calls the handler): only the ones that read or write data
 * without rendering React. They are reachable only through Next's server actions (SERVE_ADMIN=true);
 * the rendering ones (render-document, render-list, form-state, table-state …) need Next's runtime
 * and read through Payload's access-controlled local API as the user.
 */
async function requestAs(world: World, role: Role): Promise<PayloadRequest> {
  const payload = world.server.runtime.payload
  if (role === 'anonymous') return createLocalReq({}, payload)
  const user = await payload.findByID({ collection: 'users', id: world.actors.ids[role], depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
}

/** What a handler did: returned (allow), threw or returned an error (deny, with its status). */
async function outcome(run: () => unknown): Promise<{ actual: string; body?: unknown }> {
  try {
    const result = (await run()) as { error?: string } | undefined
    return result && typeof result === 'object' && 'error' in result ? { actual: 'deny', body: { errors: [{ message: result.error }] } } : { actual: 'allow' }
  } catch (error) {
    const status = (error as { status?: number }).status
    return { actual: status === 401 || status === 403 ? 'deny' : `threw ${status ?? ''} ${(error as Error).message}`, body: { errors: [{ message: (error as Error).message }] } }
  }
}

const scheduledJobs = async (world: World, id: number) =>
  (await world.server.runtime.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0, limit: 1000 })).docs.filter(
    (job) => String((job.input as { doc?: { value?: unknown } })?.doc?.value) === String(id),
  )

/** In a day or two: the admin sends the date picked in the schedule drawer as a Date. */
const later = (days: number) => new Date(Date.now() + days * 86_400_000)

export function serverFunctions(world: World): Probe[] {
  const probes: Probe[] = []
  const scheduled = world.docs.find((doc) => doc.collection === 'conditions' && doc.state === 'scheduled')!
  for (const role of ROLES) {
    const cell = (op: string, state: Checked['state'], expected: Outcome, locale: Checked['locale'] = '-') => ({
      role,
      path: `server function ${op}`,
      target: 'conditions',
      op,
      locale,
      state,
      expected,
    })
    // Anyone in the admin may ask for a schedule: the job runs as them, and publishes only for an admin (tests/scheduledPublish.test.ts).
    probes.push(async () => {
      // Queueing changes nothing on the document itself (the job is due tomorrow), so the shared draft serves.
      const doc = world.docs.find((item) => item.collection === 'conditions' && item.state === 'draft')!
      const req = await requestAs(world, role)
      const result = await outcome(() => schedulePublishHandler({ type: 'publish', date: later(1), doc: { relationTo: 'conditions', value: doc.id }, req } as never))
      return [checked(world, cell('schedule-publish', 'draft', role === 'anonymous' ? 'deny' : 'allow'), result.actual, result.body)]
    })
    // Replacing a schedule deletes the old job: only an admin may cancel one. A refused delete leaves
    // the job in place (Payload's bulk delete reports it without throwing), so the job says it all.
    probes.push(async () => {
      const target = role === 'admin' ? await world.fresh('conditions', 'approved') : scheduled
      if (role === 'admin') {
        await world.server.runtime.payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'conditions', value: target.id }, user: { relationTo: 'users', value: world.actors.ids.admin } },
          waitUntil: later(1),
        })
      }
      const [job] = await scheduledJobs(world, target.id)
      const req = await requestAs(world, role)
      const result = await outcome(() =>
        schedulePublishHandler({ type: 'publish', deleteID: job.id, date: later(2), doc: { relationTo: 'conditions', value: target.id }, req } as never),
      )
      const kept = (await scheduledJobs(world, target.id)).some((item) => item.id === job.id)
      const actual = result.actual !== 'allow' && result.actual !== 'deny' ? result.actual : kept ? 'deny' : 'allow'
      return [checked(world, cell('schedule-publish (replace)', target.state, role === 'admin' ? 'allow' : 'deny'), actual, result.body)]
    })
    probes.push(async () => {
      const req = await requestAs(world, role)
      const result = await outcome(() => getUpcomingScheduledPublishHandler({ id: scheduled.id, collectionSlug: 'conditions', req } as never))
      return [checked(world, cell('get-upcoming-scheduled-publish', 'scheduled', role === 'admin' ? 'allow' : 'deny'), result.actual, result.body)]
    })
    // "Copy to locale" writes the target language as a draft, with the user's rights.
    for (const [fromLocale, toLocale] of [
      ['en', 'th'],
      ['th', 'en'],
    ] as const) {
      const may = role === 'admin' || role === 'editor' || (role === 'translatorTh' && toLocale === 'th')
      probes.push(async () => {
        const doc = may ? await world.fresh('conditions', 'draft') : world.docs.find((item) => item.collection === 'conditions' && item.state === 'draft')!
        const req = await requestAs(world, role)
        const result = await outcome(() => copyDataFromLocaleHandler({ collectionSlug: 'conditions', docID: doc.id, fromLocale, toLocale, overrideData: true, req } as never))
        return [checked(world, cell('copy-data-from-locale', 'draft', may ? 'allow' : 'deny', toLocale), result.actual, result.body)]
      })
    }
  }
  return probes
}
