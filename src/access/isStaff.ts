import type { Access, FieldAccess } from 'payload'

import { ROLES, hasRole } from './roles'

/** Any signed-in user holding at least one clinic role. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, ...ROLES)

export const isStaffFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, ...ROLES)
