import type { CollectionConfig, Field } from 'payload'

import { contentAccess } from '@/access/contentAccess'
import { isStaffFieldLevel } from '@/access/isStaff'
import { disclaimerField } from '@/fields/disclaimer'
import { medicalReviewGroup } from '@/fields/medicalReview'
import { referencesField } from '@/fields/references'
import { contentVersions } from './versions'

/** What every medical collection shares, so that each says it the same way. */
export const medicalContentDefaults = {
  access: contentAccess,
  versions: contentVersions,
} satisfies Pick<CollectionConfig, 'access' | 'versions'>

export const MEDICAL_CONTENT_GROUP = { en: 'Medical content', th: 'เนื้อหาทางการแพทย์' }

/**
 * The evidence and safety fields every medical page ends with (references, medical review,
 * disclaimer), and its review history for staff.
 */
export function medicalContentFields({ minReferences = 0 }: { minReferences?: number } = {}): Field[] {
  return [
    referencesField({ minRows: minReferences }),
    medicalReviewGroup(),
    disclaimerField(),
    {
      name: 'reviewHistory',
      type: 'join',
      collection: 'review-events',
      on: 'document',
      defaultSort: '-createdAt',
      defaultLimit: 20,
      label: { en: 'Review history', th: 'ประวัติการตรวจทาน' },
      access: { read: isStaffFieldLevel },
      admin: {
        allowCreate: false,
        defaultColumns: ['locale', 'action', 'fromStage', 'toStage', 'actor', 'comment', 'createdAt'],
      },
    },
  ]
}
