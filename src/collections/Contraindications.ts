import type { CollectionConfig } from 'payload'

import { requiredInEnglish } from '@/fields/requiredInEnglish'
import { slugField } from '@/fields/slug'
import { lineText, longText } from '@/fields/text'
import { MEDICAL_CONTENT_GROUP, medicalContentDefaults, medicalContentFields, medicalContentWorkflow } from './medicalContent'
import { sitePreview } from './sitePreview'

export const Contraindications: CollectionConfig<'contraindications'> = {
  slug: 'contraindications',
  labels: {
    singular: { en: 'Contraindication', th: 'ข้อห้าม' },
    plural: { en: 'Contraindications', th: 'ข้อห้าม' },
  },
  admin: {
    ...sitePreview('contraindications'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'severity', 'slug', '_status', 'updatedAt'],
    group: MEDICAL_CONTENT_GROUP,
  },
  ...medicalContentDefaults,
  ...medicalContentWorkflow('contraindications'),
  fields: [
    lineText({ name: 'name', localized: true, validate: requiredInEnglish('Name'), label: { en: 'Name', th: 'ชื่อ' } }),
    slugField('name'),
    {
      name: 'severity',
      type: 'select',
      required: true,
      label: { en: 'Severity', th: 'ระดับ' },
      options: [
        { value: 'absolute', label: { en: 'Absolute: do not treat', th: 'ข้อห้ามเด็ดขาด: ไม่ควรรักษา' } },
        { value: 'relative', label: { en: 'Relative: only with precautions', th: 'ข้อห้ามสัมพัทธ์: รักษาได้อย่างระมัดระวัง' } },
      ],
      admin: { position: 'sidebar' },
    },
    longText({ name: 'description', localized: true, validate: requiredInEnglish('Description'), label: { en: 'Description', th: 'รายละเอียด' } }),
    longText({ name: 'whoItConcerns', localized: true, label: { en: 'Who it concerns', th: 'ผู้ที่เกี่ยวข้อง' } }),
    longText({
      name: 'advice',
      localized: true,
      validate: requiredInEnglish('What to do instead'),
      label: { en: 'What to do instead', th: 'สิ่งที่ควรทำแทน' },
    }),
    {
      name: 'treatmentMethods',
      type: 'join',
      collection: 'treatment-methods',
      on: 'contraindications',
      label: { en: 'Applies to these methods', th: 'ใช้กับวิธีการรักษาเหล่านี้' },
      admin: { description: { en: 'Set on each treatment method.', th: 'กำหนดที่หน้าวิธีการรักษาแต่ละวิธี' } },
    },
    ...medicalContentFields(),
  ],
}
