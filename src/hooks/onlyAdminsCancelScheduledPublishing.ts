import { APIError, type CollectionBeforeDeleteHook, type SanitizedConfig } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * The admin's "schedule publish" server function deletes the job it replaces by id, through the
 * local API without access control: any signed-in user could cancel an admin's scheduled publish.
 * Only admins publish, so only they cancel (the jobs runner's own clean-up does not go through hooks).
 */
export const onlyAdminsCancelScheduledPublishing: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || hasRole(req.user, 'admin')) return
  const job = await req.payload.findByID({ collection: 'payload-jobs', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (job?.taskSlug === 'schedulePublish') throw new APIError('Only an admin can cancel a scheduled publish.', 403, undefined, true)
}

/**
 * Adds the guard to Payload's jobs collection once the config is built (through
 * jobs.jobsCollectionOverrides, Payload would warn at every start that hooks need jobs.runHooks,
 * which only concerns the runner's own writes).
 */
export function guardScheduledPublishing(config: SanitizedConfig): SanitizedConfig {
  const jobs = config.collections.find(({ slug }) => slug === 'payload-jobs')
  if (jobs) jobs.hooks.beforeDelete = [...(jobs.hooks.beforeDelete ?? []), onlyAdminsCancelScheduledPublishing]
  return config
}
