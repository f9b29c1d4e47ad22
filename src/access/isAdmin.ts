import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './roles'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** The same for rules that get only the request, such as running the jobs queue. */
export const isAdminRequest = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'admin')
