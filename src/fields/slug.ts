import type { FieldHook, TextField } from 'payload'

import { lineText } from './text'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-case ASCII words joined by hyphens; accents are stripped, anything else (Thai) dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')
}

/** An empty slug is made from the English title (the title in this request when it is English). */
const generateFromEnglish =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    if (typeof originalDoc?.slug === 'string' && originalDoc.slug) return originalDoc.slug
    const source = req.locale === 'en' || !req.locale ? data?.[sourceField] : undefined
    return typeof source === 'string' ? slugify(source) || undefined : undefined
  }

/**
 * The document's URL name: one per document (not localized, so /en/… and /th/… share it),
 * unique in its collection, lower-case ASCII, generated from the English title when left empty.
 */
export function slugField(sourceField = 'title'): TextField {
  return lineText({
    name: 'slug',
    label: { en: 'Slug (URL name)', th: 'สลัก (ชื่อใน URL)' },
    required: true,
    unique: true,
    index: true,
    localized: false,
    hooks: { beforeValidate: [generateFromEnglish(sourceField)] },
    validate: (value: unknown) => {
      if (typeof value !== 'string' || value === '') {
        return `Slug is required: give the document an English ${sourceField} or type a slug (lower-case letters, digits and hyphens).`
      }
      if (!SLUG_PATTERN.test(value)) {
        return `Slug "${value.slice(0, 100)}" must be lower-case ASCII letters and digits separated by single hyphens, e.g. "chronic-low-back-pain".`
      }
      return true
    },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Shared by both languages. Left empty, it is made from the English title.',
        th: 'ใช้ร่วมกันทั้งสองภาษา หากเว้นว่างไว้ ระบบจะสร้างจากชื่อภาษาอังกฤษ',
      },
    },
  })
}
