import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'

const PRIVILEGED_FIELDS = ['roles', 'translatorLocales'] as const

const sameSet = (a: unknown, b: unknown): boolean => {
  const left = new Set(Array.isArray(a) ? a : [])
  const right = new Set(Array.isArray(b) ? b : [])
  return left.size === right.size && [...left].every((value) => right.has(value))
}

/**
 * Field access already strips these fields for non-admins; this turns a silent no-op into a clear
 * 403 so that an attempt to self-promote is visible to the caller (and in the logs).
 * The admin form resubmits unchanged values, which are let through.
 */
export const rejectRoleAssignmentByNonAdmins: CollectionBeforeOperationHook<'users'> = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const { user } = req
  if (!user || hasRole(user, 'admin') || args.overrideAccess === true) return args
  const data = (args.data ?? {}) as Record<string, unknown>
  for (const field of PRIVILEGED_FIELDS) {
    if (!(field in data)) continue
    const current = (user as unknown as Record<string, unknown>)[field]
    if (operation !== 'create' && sameSet(data[field], current)) continue
    throw new APIError(`Only administrators can change "${field}".`, 403, undefined, true)
  }
  return args
}
