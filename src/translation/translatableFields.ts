import { createHash } from 'node:crypto'

import type { FlattenedField } from 'payload'

import { canonicalText } from '@/workflow/canonicalText'

export type TextKind = 'text' | 'textarea' | 'richText'

/** One piece of translatable text in a document: a localized text field, at any depth. */
export type TranslatableField = {
  /** Dot path into the document, with array row indexes: `title`, `seo.title`, `symptoms.2.text`. */
  path: string
  /** English labels from the field config, joined: "Symptoms › 3 › Symptom". */
  label: string
  kind: TextKind
  /** The English value (string, or Lexical JSON for rich text); never empty. */
  source: unknown
  /** The value in the target language, or null when it has none of its own. */
  target: unknown
}

type Doc = Record<string, unknown> | null | undefined

const TEXT_KINDS = new Set<string>(['text', 'textarea', 'richText'])

const labelOf = (field: FlattenedField): string => {
  const label = (field as { label?: unknown }).label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object' && 'en' in label) return String((label as { en: string }).en)
  return field.name
}

export const isEmptyText = (value: unknown): boolean => {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'object' && 'root' in (value as object)) return plainText(value).trim() === ''
  return false
}

/** The words of a text or rich-text value, blocks separated by blank lines (for display and diffs). */
export function plainText(value: unknown): string {
  if (typeof value === 'string') return value
  const root = (value as { root?: { children?: unknown[] } } | null)?.root
  if (!root) return ''
  const blocks: string[] = []
  const inline = (node: Record<string, unknown>): string => {
    if (node.type === 'text') return String(node.text ?? '')
    if (node.type === 'linebreak') return '\n'
    if (node.type === 'tab') return '\t'
    if (node.type === 'list') return ''
    return ((node.children as Array<Record<string, unknown>>) ?? []).map(inline).join('')
  }
  const walk = (nodes: Array<Record<string, unknown>>) => {
    for (const node of nodes) {
      const children = (node.children as Array<Record<string, unknown>>) ?? []
      if (node.type === 'list') walk(children)
      else {
        const text = inline(node)
        if (text) blocks.push(text)
        walk(children.filter((child) => child.type === 'list'))
      }
    }
  }
  walk(root.children as Array<Record<string, unknown>>)
  return blocks.join('\n\n')
}

export const textHash = (value: unknown): string => createHash('sha256').update(canonicalText(value)).digest('hex').slice(0, 32)

/**
 * Every translatable text of a document: localized text, textarea and rich-text fields, inside
 * groups and arrays too, with their English source and their value in the target language. Only
 * fields with English text are listed (nothing to translate otherwise). A localized list (array)
 * gives one entry per English row.
 */
export function translatableFields(fields: FlattenedField[], english: Doc, target: Doc): TranslatableField[] {
  const found: TranslatableField[] = []
  const walk = (fieldList: FlattenedField[], en: Doc, tr: Doc, path: string, label: string, insideLocalized: boolean) => {
    for (const field of fieldList) {
      if (field.type === 'join' || ('virtual' in field && field.virtual) || field.name === 'id') continue
      const here = path ? `${path}.${field.name}` : field.name
      const named = label ? `${label} › ${labelOf(field)}` : labelOf(field)
      const localized = insideLocalized || Boolean(field.localized)
      const enValue = en?.[field.name]
      const trValue = tr?.[field.name]
      if (TEXT_KINDS.has(field.type)) {
        if (localized && !isEmptyText(enValue) && !(field as { hasMany?: boolean }).hasMany) {
          found.push({ path: here, label: named, kind: field.type as TextKind, source: enValue, target: isEmptyText(trValue) ? null : trValue })
        }
        continue
      }
      if (field.type === 'group' || field.type === 'tab') {
        walk(field.flattenedFields, enValue as Doc, trValue as Doc, here, named, localized)
        continue
      }
      if (field.type === 'array' && Array.isArray(enValue)) {
        enValue.forEach((row, index) => {
          const trRows = Array.isArray(trValue) ? trValue : []
          // A localized array: Thai rows follow English rows by position. A shared array: the same rows.
          const trRow = (localized ? trRows[index] : (trRows.find((candidate) => candidate?.id === row?.id) ?? trRows[index])) as Doc
          walk(field.flattenedFields, row as Doc, trRow, `${here}.${index}`, `${named} › ${index + 1}`, localized)
        })
      }
    }
  }
  walk(fields, english, target, '', '', false)
  return found
}
