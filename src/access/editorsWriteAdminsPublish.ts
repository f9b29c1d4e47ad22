import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Editors and admins write drafts; only admins publish. Payload asks this with
 * `data: { _status: 'published' }` to decide whether to offer Publish and scheduling in the admin.
 */
export const editorsWriteAdminsPublish: Access = ({ req: { user }, data }) =>
  (data as { _status?: unknown } | undefined)?._status === 'published' ? hasRole(user, 'admin') : hasRole(user, 'admin', 'editor')
