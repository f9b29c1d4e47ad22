import type { FlattenedField, SanitizedConfig } from 'payload'

import { articles } from '@/seed/content/articles'
import { clinicProfile } from '@/seed/content/clinicProfile'
import { conditions } from '@/seed/content/conditions'
import { contraindications } from '@/seed/content/contraindications'
import { treatmentMethods } from '@/seed/content/treatmentMethods'
import { richText } from '@/seed/lexical'
import type { LintDocument } from './document'
import { toLintDocument } from './fromDocuments'

type Locale = 'en' | 'th'
type Doc = Record<string, unknown>

const isBilingual = (value: unknown): value is { en: unknown; th: unknown } =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && 'en' in (value as object) && 'th' in (value as object)

/** One language of a sample-content value, in the shape Payload stores for its field. */
function localize(field: FlattenedField, value: unknown, locale: Locale): unknown {
  if (isBilingual(value)) {
    const own = value[locale]
    if (field.type === 'richText') return richText(Array.isArray(own) ? own : [String(own)])
    if (field.type === 'array') return (own as string[]).map((text) => ({ text }))
    return own
  }
  if (field.type === 'group' && value && typeof value === 'object') return localizeDoc(field.flattenedFields, value as Doc, locale)
  if (field.type === 'array' && Array.isArray(value))
    return value.map((row) => (row && typeof row === 'object' ? localizeDoc(field.flattenedFields, row as Doc, locale) : row))
  return value
}

function localizeDoc(fields: FlattenedField[], item: Doc, locale: Locale): Doc {
  const doc: Doc = {}
  for (const field of fields) {
    if (field.name in item && field.type !== 'relationship' && field.type !== 'upload' && field.type !== 'join')
      doc[field.name] = localize(field, item[field.name], locale)
  }
  return doc
}

/** The sample content (src/seed/content) as the lint reads it, through the collections' fields. */
export function seedLintDocuments(config: SanitizedConfig): LintDocument[] {
  const fieldsOf = (slug: string) => {
    const collection = config.collections.find((candidate) => candidate.slug === slug)
    if (!collection) throw new Error(`content lint: no collection "${slug}"`)
    return collection.flattenedFields
  }
  const sets: Array<[string, Array<Doc & { slug: string }>]> = [
    ['contraindications', contraindications],
    ['treatment-methods', treatmentMethods],
    ['conditions', conditions],
    ['articles', articles],
  ]
  const documents = sets.flatMap(([slug, items]) =>
    items.map((item) => toLintDocument(slug, item.slug, fieldsOf(slug), localizeDoc(fieldsOf(slug), item, 'en'), localizeDoc(fieldsOf(slug), item, 'th'))),
  )
  const profile = config.globals.find((global) => global.slug === 'clinic-profile')
  if (profile) {
    const item = clinicProfile as unknown as Doc
    documents.push(toLintDocument('clinic-profile', 'clinic-profile', profile.flattenedFields, localizeDoc(profile.flattenedFields, item, 'en'), localizeDoc(profile.flattenedFields, item, 'th')))
  }
  return documents
}
