import type { ArrayField } from 'payload'

import { lineText } from './text'

type Label = { en: string; th: string }

/**
 * A list of short phrases (symptoms, causes, red flags). Localized as a whole list: the Thai list
 * need not mirror the English one item for item.
 */
export function localizedList(name: string, label: Label, singular: Label, { dbName }: { dbName?: string } = {}): ArrayField {
  return {
    name,
    // A shorter table name where the field name would push index names past PostgreSQL's 63 characters.
    ...(dbName ? { dbName } : {}),
    type: 'array',
    label,
    labels: { singular, plural: label },
    localized: true,
    fields: [lineText({ name: 'text', required: true, label: singular })],
  }
}
