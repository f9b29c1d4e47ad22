import type { FieldHook, GroupField } from 'payload'

/**
 * Copies the reviewer's display name next to the relationship: patients see who reviewed a page,
 * while user accounts (emails, roles) stay private to staff.
 */
const copyReviewerName: FieldHook = async ({ siblingData, req }) => {
  const reviewer = siblingData?.reviewedBy
  const id = reviewer && typeof reviewer === 'object' ? (reviewer as { id: number }).id : reviewer
  if (id === undefined || id === null || id === '') return null
  const user = await req.payload.findByID({ collection: 'users', id: id as number, depth: 0, req, overrideAccess: true, disableErrors: true })
  return user?.name || null
}

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
        name: 'reviewerName',
        type: 'text',
        label: { en: 'Reviewer name (public)', th: 'ชื่อผู้ตรวจทาน (แสดงต่อสาธารณะ)' },
        admin: { readOnly: true, description: { en: "Taken from the reviewer's account.", th: 'ดึงจากบัญชีของผู้ตรวจทาน' } },
        hooks: { beforeChange: [copyReviewerName] },
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
