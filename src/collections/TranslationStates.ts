import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { nobody } from '@/access/nobody'
import { documentLocaleKeyFields, documentLocaleKeyIndex } from '@/fields/documentLocaleKey'
import { TRANSLATION_STATUS_OPTIONS } from '@/translation/status'

/**
 * Where the translation of each document into each target language stands, kept by hooks
 * (src/hooks/trackTranslations.ts), never typed by hand. `fields` remembers, per translated
 * field, a fingerprint and the text of the English it was translated from: when English changes,
 * exactly those translations become outdated, and the old and new English can be shown side by side.
 */
export const TranslationStates: CollectionConfig<'translation-states'> = {
  slug: 'translation-states',
  labels: {
    singular: { en: 'Translation status', th: 'สถานะการแปล' },
    plural: { en: 'Translation status', th: 'สถานะการแปล' },
  },
  admin: {
    group: { en: 'Translation', th: 'การแปล' },
    defaultColumns: ['documentCollection', 'documentId', 'locale', 'status', 'translated', 'total', 'updatedAt'],
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  indexes: [documentLocaleKeyIndex],
  fields: [
    ...documentLocaleKeyFields(),
    { name: 'status', type: 'select', required: true, options: TRANSLATION_STATUS_OPTIONS, index: true },
    // Counts of translatable fields (with English text): in total, translated and current, outdated, missing.
    { name: 'total', type: 'number', required: true, defaultValue: 0 },
    { name: 'translated', type: 'number', required: true, defaultValue: 0 },
    { name: 'outdated', type: 'number', required: true, defaultValue: 0 },
    { name: 'missing', type: 'number', required: true, defaultValue: 0 },
    { name: 'outdatedPaths', type: 'json' },
    { name: 'fields', type: 'json' },
  ],
}
