import type { CollectionConfig } from 'payload'

import { editorsWriteAdminsPublish } from './editorsWriteAdminsPublish'
import { isAdmin } from './isAdmin'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'
import { writeContent } from './writeContent'

/** The access every medical content collection shares. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: editorsWriteAdminsPublish,
  update: writeContent,
  delete: isAdmin,
}
