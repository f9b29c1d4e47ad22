import type { FlattenedField } from 'payload'

import { plainText, translatableFields } from '@/translation/translatableFields'
import { ABOUT_FIELDS, type LintDocument } from './document'

type Doc = Record<string, unknown>

/** A localized list (symptoms, red flags): an array whose rows hold one text each. */
const isTextList = (field: FlattenedField) =>
  field.type === 'array' && Boolean(field.localized) && field.flattenedFields.filter((sub) => sub.name !== 'id').every((sub) => sub.name === 'text')

const rowsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((row) => String((row as { text?: unknown })?.text ?? '')).filter(Boolean) : []

/**
 * What the lint reads of a document, from the document in English and in Thai without fallback
 * (as the API returns them with `fallback-locale=none`, or as the seed builds them), read through
 * the collection's fields so that only localized text counts as text.
 */
export function toLintDocument(collection: string, name: string, fields: FlattenedField[], en: Doc, th: Doc): LintDocument {
  const lists: LintDocument['lists'] = {}
  const values: LintDocument['values'] = {}
  for (const field of fields) {
    if (isTextList(field)) lists[field.name] = { en: rowsOf(en[field.name]), th: rowsOf(th[field.name]) }
    else if (field.type === 'select') {
      const value = en[field.name]
      values[field.name] = (Array.isArray(value) ? value : value == null ? [] : [value]).map(String)
    }
  }
  const listPath = new RegExp(`^(${Object.keys(lists).join('|') || '$^'})\\.\\d+\\.`)
  const texts = translatableFields(fields, en, th)
    .filter((text) => !listPath.test(text.path))
    .map((text) => ({ path: text.path, en: plainText(text.source), th: text.target === null ? null : plainText(text.target) }))
  const about = (doc: Doc) =>
    ABOUT_FIELDS.map((key) => doc[key])
      .filter((value): value is string => typeof value === 'string')
      .join('\n')
  const references = Array.isArray(en.references) ? (en.references as LintDocument['references']) : []
  return { collection, name, about: { en: about(en), th: about(th) }, texts, lists, values, references }
}
