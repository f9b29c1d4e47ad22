import type { ArrayField } from 'payload'

import { lineText, urlText } from './text'
import { validateHttpUrl } from './validateHttpUrl'

/** Citations backing medical statements (bibliographic data, so the same in every language). */
export function referencesField({ minRows = 0 }: { minRows?: number } = {}): ArrayField {
  return {
    name: 'references',
    type: 'array',
    label: { en: 'References', th: 'เอกสารอ้างอิง' },
    labels: { singular: { en: 'Reference', th: 'เอกสารอ้างอิง' }, plural: { en: 'References', th: 'เอกสารอ้างอิง' } },
    minRows,
    fields: [
      lineText({ name: 'title', required: true, label: { en: 'Title', th: 'ชื่อเรื่อง' } }),
      lineText({ name: 'publisher', label: { en: 'Publisher or journal', th: 'ผู้จัดพิมพ์หรือวารสาร' } }),
      { name: 'year', type: 'number', min: 1900, max: 2100, label: { en: 'Year', th: 'ปี' } },
      urlText({ name: 'url', label: { en: 'URL', th: 'ลิงก์' }, validate: validateHttpUrl }),
    ],
  }
}
