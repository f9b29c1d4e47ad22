import { APIError, type CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { lineText, longText } from '@/fields/text'
import { LOCALE_OPTIONS } from '@/localization'
import { EVENT_ACTIONS, REVIEWED_COLLECTIONS, STAGE_OPTIONS } from '@/workflow/stages'

const APPEND_ONLY = 'The review history is append-only: entries cannot be changed or deleted.'

/**
 * The audit trail of review: who moved which locale of which document from which stage to which,
 * when, and why. Nobody may change or delete an entry, admins included, on any path (access for
 * the APIs, hooks for the local API).
 */
export const ReviewEvents: CollectionConfig<'review-events'> = {
  slug: 'review-events',
  labels: {
    singular: { en: 'Review event', th: 'ประวัติการตรวจทาน' },
    plural: { en: 'Review history', th: 'ประวัติการตรวจทาน' },
  },
  admin: {
    group: { en: 'Review', th: 'การตรวจทาน' },
    defaultColumns: ['document', 'locale', 'action', 'fromStage', 'toStage', 'actor', 'createdAt'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  hooks: {
    beforeChange: [
      ({ operation }) => {
        if (operation === 'update') throw new APIError(APPEND_ONLY, 403, undefined, true)
      },
    ],
    beforeDelete: [
      () => {
        throw new APIError(APPEND_ONLY, 403, undefined, true)
      },
    ],
  },
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...REVIEWED_COLLECTIONS], required: true, index: true },
    { name: 'locale', type: 'select', required: true, options: LOCALE_OPTIONS },
    { name: 'action', type: 'select', required: true, options: EVENT_ACTIONS.map((value) => ({ value, label: value })) },
    { name: 'fromStage', type: 'select', required: true, options: STAGE_OPTIONS },
    { name: 'toStage', type: 'select', required: true, options: STAGE_OPTIONS },
    longText({ name: 'comment' }),
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    lineText({ name: 'versionId' }),
  ],
  timestamps: true,
}
