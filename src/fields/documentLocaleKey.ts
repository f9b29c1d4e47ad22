import type { CollectionConfig, Field } from 'payload'

import { LOCALE_OPTIONS } from '@/localization'
import { REVIEWED_COLLECTIONS } from '@/workflow/stages'

/**
 * Bookkeeping kept per medical document and locale (review stage, translation status): the three
 * fields that name the row, and the unique index that keeps it one row per document and locale.
 */
export const documentLocaleKeyFields = (): Field[] => [
  {
    name: 'documentCollection',
    type: 'select',
    required: true,
    options: REVIEWED_COLLECTIONS.map((slug) => ({ value: slug, label: slug })),
  },
  { name: 'documentId', type: 'number', required: true },
  { name: 'locale', type: 'select', required: true, options: LOCALE_OPTIONS },
]

export const documentLocaleKeyIndex: NonNullable<CollectionConfig['indexes']>[number] = {
  fields: ['documentCollection', 'documentId', 'locale'],
  unique: true,
}
