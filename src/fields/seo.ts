import type { GroupField } from 'payload'

/** Title and description for search engines and link previews, per language. */
export function seoGroup(): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: { en: 'SEO', th: 'SEO' },
    fields: [
      { name: 'title', type: 'text', localized: true, maxLength: 70, label: { en: 'SEO title', th: 'ชื่อสำหรับ SEO' } },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 160,
        label: { en: 'SEO description', th: 'คำอธิบายสำหรับ SEO' },
      },
    ],
  }
}
