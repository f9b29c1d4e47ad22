import type { CollectionConfig } from 'payload'

import { localizedList } from '@/fields/localizedList'
import { rangeField } from '@/fields/range'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { lineText, summaryText } from '@/fields/text'
import { MEDICAL_CONTENT_GROUP, medicalContentDefaults, medicalContentFields, medicalContentWorkflow } from './medicalContent'
import { sitePreview } from './sitePreview'

export const TreatmentMethods: CollectionConfig<'treatment-methods'> = {
  slug: 'treatment-methods',
  labels: {
    singular: { en: 'Treatment method', th: 'วิธีการรักษา' },
    plural: { en: 'Treatment methods', th: 'วิธีการรักษา' },
  },
  admin: {
    ...sitePreview('treatment-methods'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    group: MEDICAL_CONTENT_GROUP,
  },
  ...medicalContentDefaults,
  ...medicalContentWorkflow('treatment-methods'),
  fields: [
    lineText({ name: 'name', localized: true, validate: requiredInEnglish('Name'), label: { en: 'Name', th: 'ชื่อ' } }),
    slugField('name'),
    summaryText({ name: 'summary', localized: true, validate: requiredInEnglish('Summary'), label: { en: 'Summary', th: 'สรุป' } }),
    { name: 'description', type: 'richText', localized: true, label: { en: 'Description', th: 'รายละเอียด' } },
    {
      name: 'howItIsPerformed',
      type: 'richText',
      localized: true,
      label: { en: 'How it is performed', th: 'ขั้นตอนการรักษา' },
    },
    rangeField('sessionLengthMinutes', { en: 'Session length (minutes)', th: 'ระยะเวลาต่อครั้ง (นาที)' }, { min: 1 }),
    localizedList(
      'sensationsAndSideEffects',
      { en: 'Typical sensations and side effects', th: 'ความรู้สึกและผลข้างเคียงที่พบได้' },
      { en: 'Sensation or side effect', th: 'ความรู้สึกหรือผลข้างเคียง' },
      { dbName: 'sensations' },
    ),
    {
      name: 'contraindications',
      type: 'relationship',
      relationTo: 'contraindications',
      hasMany: true,
      label: { en: 'Contraindications', th: 'ข้อห้าม' },
    },
    {
      name: 'oftenCombinedWith',
      type: 'relationship',
      relationTo: 'treatment-methods',
      hasMany: true,
      label: { en: 'Often combined with', th: 'มักใช้ร่วมกับ' },
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'suitableConditions',
      type: 'join',
      collection: 'conditions',
      on: 'recommendedMethods',
      label: { en: 'Suitable for these conditions', th: 'เหมาะกับภาวะเหล่านี้' },
    },
    ...medicalContentFields(),
  ],
}
