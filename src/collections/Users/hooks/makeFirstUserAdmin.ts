import { Forbidden, type CollectionBeforeChangeHook } from 'payload'

import { isFirstRegisterRequest, lockUserCreation } from '@/auth/firstRegister'
import type { User } from '@/payload-types'

/**
 * The account created through first-register runs the clinic: it is an administrator, whatever
 * roles the (anonymous) request asked for. Further roles are given by that admin afterwards.
 * Users are created one at a time (an advisory lock held to the end of the transaction), so of two
 * simultaneous first-register requests the second finds the first's user and is refused, as it
 * would have been a moment later.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await lockUserCreation(req)
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) {
    if (isFirstRegisterRequest(req)) throw new Forbidden(req.t)
    return data
  }
  return { ...data, roles: ['admin'], translatorLocales: [] }
}
