import type { CollectionConfig } from 'payload'

import { isAdmin } from './isAdmin'
import { isEditorOrAdmin } from './isEditorOrAdmin'
import { isStaff } from './isStaff'
import { publishedOrStaff } from './publishedOrStaff'

/** The access every medical content collection shares. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrStaff,
  readVersions: isStaff,
  create: isEditorOrAdmin,
  update: isEditorOrAdmin,
  delete: isAdmin,
}
