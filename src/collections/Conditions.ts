import type { CollectionConfig } from 'payload'

import { localizedList } from '@/fields/localizedList'
import { rangeField } from '@/fields/range'
import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { lineText, longText, summaryText } from '@/fields/text'
import { MEDICAL_CONTENT_GROUP, medicalContentDefaults, medicalContentFields, medicalContentWorkflow } from './medicalContent'
import { sitePreview } from './sitePreview'

export const BODY_REGIONS = [
  { value: 'lower-back', label: { en: 'Lower back', th: 'หลังส่วนล่าง' } },
  { value: 'upper-back', label: { en: 'Upper back', th: 'หลังส่วนบน' } },
  { value: 'neck', label: { en: 'Neck', th: 'คอ' } },
  { value: 'shoulder', label: { en: 'Shoulder', th: 'ไหล่' } },
  { value: 'hip', label: { en: 'Hip', th: 'สะโพก' } },
  { value: 'leg', label: { en: 'Leg', th: 'ขา' } },
  { value: 'knee', label: { en: 'Knee', th: 'เข่า' } },
  { value: 'head-jaw', label: { en: 'Head and jaw', th: 'ศีรษะและขากรรไกร' } },
  { value: 'whole-body', label: { en: 'Whole body', th: 'ทั้งร่างกาย' } },
]

export const ACUPOINT_REGIONS = [
  { value: 'back-of-knee', label: { en: 'Back of the knee', th: 'ข้อพับเข่า' } },
  { value: 'feet', label: { en: 'Feet', th: 'เท้า' } },
  { value: 'lumbosacral', label: { en: 'Lumbosacral area', th: 'บริเวณเอวและกระเบนเหน็บ' } },
  { value: 'hands', label: { en: 'Hands', th: 'มือ' } },
  { value: 'hips', label: { en: 'Hips', th: 'สะโพก' } },
  { value: 'abdomen', label: { en: 'Abdomen', th: 'หน้าท้อง' } },
  { value: 'head', label: { en: 'Head', th: 'ศีรษะ' } },
  { value: 'neck', label: { en: 'Neck', th: 'คอ' } },
  { value: 'shoulders', label: { en: 'Shoulders', th: 'ไหล่' } },
  { value: 'upper-back', label: { en: 'Upper back', th: 'หลังส่วนบน' } },
]

export const Conditions: CollectionConfig<'conditions'> = {
  slug: 'conditions',
  labels: {
    singular: { en: 'Condition', th: 'ภาวะ/โรค' },
    plural: { en: 'Conditions treated', th: 'ภาวะที่รักษา' },
  },
  admin: {
    ...sitePreview('conditions'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'bodyRegions', 'slug', '_status', 'updatedAt'],
    group: MEDICAL_CONTENT_GROUP,
  },
  ...medicalContentDefaults,
  ...medicalContentWorkflow('conditions'),
  fields: [
    lineText({ name: 'name', localized: true, validate: requiredInEnglish('Name'), label: { en: 'Name', th: 'ชื่อ' } }),
    slugField('name'),
    summaryText({ name: 'summary', localized: true, validate: requiredInEnglish('Summary'), label: { en: 'Summary', th: 'สรุป' } }),
    { name: 'description', type: 'richText', localized: true, label: { en: 'Description', th: 'รายละเอียด' } },
    {
      name: 'bodyRegions',
      type: 'select',
      hasMany: true,
      required: true,
      options: BODY_REGIONS,
      label: { en: 'Body regions', th: 'ส่วนของร่างกาย' },
      admin: { position: 'sidebar' },
    },
    localizedList('symptoms', { en: 'Symptoms', th: 'อาการ' }, { en: 'Symptom', th: 'อาการ' }),
    localizedList('commonCauses', { en: 'Common causes', th: 'สาเหตุที่พบบ่อย' }, { en: 'Cause', th: 'สาเหตุ' }),
    {
      name: 'typicalCourse',
      type: 'group',
      label: { en: 'Typical course of treatment', th: 'แนวทางการรักษาโดยทั่วไป' },
      fields: [
        rangeField('acuteSessions', { en: 'Sessions, acute', th: 'จำนวนครั้ง ระยะเฉียบพลัน' }, { min: 1 }),
        rangeField('chronicSessions', { en: 'Sessions, chronic', th: 'จำนวนครั้ง ระยะเรื้อรัง' }, { min: 1 }),
        {
          name: 'reviewAfterWeeks',
          type: 'number',
          min: 1,
          max: 52,
          label: { en: 'Judge whether it helps after (weeks)', th: 'ประเมินผลการรักษาหลังจาก (สัปดาห์)' },
        },
        longText({ name: 'notes', localized: true, label: { en: 'Notes', th: 'หมายเหตุ' } }),
      ],
    },
    {
      name: 'recommendedMethods',
      type: 'relationship',
      relationTo: 'treatment-methods',
      hasMany: true,
      label: { en: 'Recommended treatment methods', th: 'วิธีการรักษาที่แนะนำ' },
    },
    {
      name: 'acupointRegions',
      type: 'select',
      hasMany: true,
      options: ACUPOINT_REGIONS,
      label: { en: 'Acupoint regions commonly used', th: 'บริเวณจุดฝังเข็มที่ใช้บ่อย' },
    },
    localizedList(
      'redFlags',
      { en: 'Red flags: see a doctor first', th: 'สัญญาณอันตราย: ควรพบแพทย์ก่อน' },
      { en: 'Red flag', th: 'สัญญาณอันตราย' },
    ),
    {
      name: 'relatedArticles',
      type: 'join',
      collection: 'articles',
      on: 'conditions',
      label: { en: 'Articles about this condition', th: 'บทความเกี่ยวกับภาวะนี้' },
    },
    ...medicalContentFields(),
  ],
}
