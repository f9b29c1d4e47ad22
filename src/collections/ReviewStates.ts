import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { documentLocaleKeyFields, documentLocaleKeyIndex } from '@/fields/documentLocaleKey'
import { lineText, longText } from '@/fields/text'
import { STAGE_OPTIONS } from '@/workflow/stages'

/**
 * Where each locale of each medical document stands in review. Kept outside the versioned
 * document: a transition must not create a new version of the text it approves. Written only by
 * the review endpoint (src/workflow/reviewEndpoint.ts).
 */
export const ReviewStates: CollectionConfig<'review-states'> = {
  slug: 'review-states',
  labels: {
    singular: { en: 'Review state', th: 'สถานะการตรวจทาน' },
    plural: { en: 'Review states', th: 'สถานะการตรวจทาน' },
  },
  admin: {
    group: { en: 'Review', th: 'การตรวจทาน' },
    defaultColumns: ['documentCollection', 'documentId', 'locale', 'stage', 'updatedAt'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [documentLocaleKeyIndex],
  fields: [
    ...documentLocaleKeyFields(),
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: STAGE_OPTIONS,
    },
    // When the locale entered its stage: the age shown in the review queue.
    { name: 'stageEnteredAt', type: 'date' },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users' },
    {
      name: 'contributors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      admin: { description: 'Who changed this locale since its last approval: none of them may approve it.' },
    },
    longText({ name: 'lastComment' }),
    { name: 'approvedBy', type: 'relationship', relationTo: 'users' },
    { name: 'approvedAt', type: 'date' },
    lineText({ name: 'approvedVersionId' }),
    lineText({
      name: 'approvedFingerprint',
      admin: { description: 'What exactly was approved: only content with this fingerprint may be published.' },
    }),
  ],
}
