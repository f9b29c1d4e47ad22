import type { CollectionConfig } from 'payload'

import { isStaffFieldLevel } from '@/access/isStaff'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { seoGroup } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { lineText, summaryText } from '@/fields/text'
import { MEDICAL_CONTENT_GROUP, medicalContentDefaults, medicalContentFields, medicalContentWorkflow } from '../medicalContent'
import { setReadingTime } from './hooks/setReadingTime'
import { sitePreview } from '../sitePreview'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  labels: {
    singular: { en: 'Article', th: 'บทความ' },
    plural: { en: 'Articles', th: 'บทความ' },
  },
  admin: {
    ...sitePreview('articles'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'publishedAt', '_status', 'updatedAt'],
    group: MEDICAL_CONTENT_GROUP,
  },
  ...medicalContentDefaults,
  ...medicalContentWorkflow('articles', { beforeChange: [setReadingTime] }),
  fields: [
    lineText({ name: 'title', localized: true, validate: requiredInEnglish('Title'), label: { en: 'Title', th: 'ชื่อเรื่อง' } }),
    slugField('title'),
    summaryText({ name: 'excerpt', localized: true, label: { en: 'Excerpt', th: 'คำโปรย' } }),
    { name: 'body', type: 'richText', required: true, localized: true, label: { en: 'Body', th: 'เนื้อหา' } },
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { en: 'Hero image', th: 'ภาพหลัก' } },
    {
      type: 'row',
      fields: [
        {
          name: 'conditions',
          type: 'relationship',
          relationTo: 'conditions',
          hasMany: true,
          label: { en: 'Conditions', th: 'ภาวะ/โรค' },
        },
        {
          name: 'treatmentMethods',
          type: 'relationship',
          relationTo: 'treatment-methods',
          hasMany: true,
          label: { en: 'Treatment methods', th: 'วิธีการรักษา' },
        },
        {
          name: 'contraindications',
          type: 'relationship',
          relationTo: 'contraindications',
          hasMany: true,
          label: { en: 'Contraindications', th: 'ข้อห้าม' },
        },
      ],
    },
    seoGroup(),
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Author', th: 'ผู้เขียน' },
      // A staff account's id: neither shown to nor filterable by the public.
      access: { read: isStaffFieldLevel },
      admin: { position: 'sidebar' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { en: 'Published', th: 'วันที่เผยแพร่' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'readingTimeMinutes',
      type: 'number',
      localized: true,
      label: { en: 'Reading time (minutes)', th: 'เวลาอ่าน (นาที)' },
      admin: { position: 'sidebar', readOnly: true, description: { en: 'Worked out from the body.', th: 'คำนวณจากเนื้อหา' } },
    },
    ...medicalContentFields({ minReferences: 1 }),
  ],
}
