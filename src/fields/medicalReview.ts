import type { GroupField } from 'payload'

/** Who medically reviewed the content and when: shown to patients beside every medical page. */
export function medicalReviewGroup(): GroupField {
  return {
    name: 'medicalReview',
    type: 'group',
    label: { en: 'Medical review', th: 'การตรวจทานทางการแพทย์' },
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'reviewedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Reviewed by', th: 'ตรวจทานโดย' },
        filterOptions: { roles: { contains: 'reviewer' } },
      },
      {
        name: 'lastReviewedAt',
        type: 'date',
        label: { en: 'Last reviewed', th: 'ตรวจทานล่าสุด' },
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
    ],
  }
}
