import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook, type PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

const LAST_ADMIN = 'The clinic must keep at least one administrator: give another user the admin role first.'

async function otherAdminExists(req: PayloadRequest, id: User['id']): Promise<boolean> {
  const { totalDocs } = await req.payload.count({
    collection: 'users',
    where: { and: [{ roles: { contains: 'admin' } }, { id: { not_equals: id } }] },
    req,
  })
  return totalDocs > 0
}

/** Removing the admin role from the last administrator would lock everyone out of user management. */
export const keepAdminRole: CollectionBeforeChangeHook<User> = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.roles?.includes('admin')) return data
  if (!data.roles || data.roles.includes('admin')) return data
  if (!(await otherAdminExists(req, originalDoc.id))) throw new APIError(LAST_ADMIN, 400, undefined, true)
  return data
}

export const keepLastAdmin: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const user = await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })
  if (user.roles?.includes('admin') && !(await otherAdminExists(req, user.id))) {
    throw new APIError(LAST_ADMIN, 400, undefined, true)
  }
}
