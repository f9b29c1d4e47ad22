import type { Access } from 'payload'

import { ROLES, hasRole } from './roles'

/** Staff read drafts; everyone else only published documents (REST, GraphQL and populated relations). */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...ROLES)) return true
  return { _status: { equals: 'published' } }
}
