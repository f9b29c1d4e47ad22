import type { FieldHook, GroupField } from 'payload'

import { isStaffFieldLevel } from '@/access/isStaff'
import { nobodyFieldLevel } from '@/access/nobody'
import { isolatedRequest } from '@/workflow/isolatedRequest'
import { DEFAULT_REVIEW_INTERVAL_MONTHS, isReviewDue } from '@/workflow/reviewDue'
import { lineText } from './text'

/**
 * Copies the reviewer's display name next to the relationship: patients see who reviewed a page,
 * while user accounts (emails, roles) stay private to staff.
 */
const copyReviewerName: FieldHook = async ({ siblingData, req }) => {
  const reviewer = siblingData?.reviewedBy
  const id = reviewer && typeof reviewer === 'object' ? (reviewer as { id: number }).id : reviewer
  if (id === undefined || id === null || id === '') return null
  const user = await req.payload.findByID({ collection: 'users', id: id as number, depth: 0, req: isolatedRequest(req), overrideAccess: true, disableErrors: true })
  return user?.name || null
}

/** Derived on every read from the last review date and the configured interval; never stored. */
const flagReviewDue: FieldHook = ({ siblingData, req }) => {
  const months = (req.payload.config.custom as { reviewIntervalMonths?: number } | undefined)?.reviewIntervalMonths
  return isReviewDue(siblingData?.lastReviewedAt as string | undefined, months ?? DEFAULT_REVIEW_INTERVAL_MONTHS)
}

/** Who medically reviewed the content and when: shown to patients beside every medical page. */
export function medicalReviewGroup(): GroupField {
  return {
    name: 'medicalReview',
    type: 'group',
    label: { en: 'Medical review', th: 'การตรวจทานทางการแพทย์' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Filled in when a medical reviewer approves a language in the review workflow.',
        th: 'ระบบกรอกให้เมื่อผู้ตรวจทานทางการแพทย์อนุมัติเนื้อหาในขั้นตอนการตรวจทาน',
      },
    },
    // Only the review workflow records a review (as a system write): nobody can type a reviewer's
    // name onto a page, and a publish from a stale admin form cannot erase the approval's record.
    access: { create: nobodyFieldLevel, update: nobodyFieldLevel },
    fields: [
      {
        name: 'reviewedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Reviewed by', th: 'ตรวจทานโดย' },
        // Admins may approve too (they hold every role's rights).
        filterOptions: { roles: { in: ['reviewer', 'admin'] } },
        // A staff account's id: the public gets the reviewer's name (reviewerName) instead, and
        // cannot read or filter on it.
        access: { read: isStaffFieldLevel },
      },
      lineText({
        name: 'reviewerName',
        label: { en: 'Reviewer name (public)', th: 'ชื่อผู้ตรวจทาน (แสดงต่อสาธารณะ)' },
        admin: { readOnly: true, description: { en: "Taken from the reviewer's account.", th: 'ดึงจากบัญชีของผู้ตรวจทาน' } },
        hooks: { beforeChange: [copyReviewerName] },
      }),
      {
        name: 'lastReviewedAt',
        type: 'date',
        label: { en: 'Last reviewed', th: 'ตรวจทานล่าสุด' },
        admin: { date: { pickerAppearance: 'dayOnly' } },
      },
      {
        name: 'reviewDue',
        type: 'checkbox',
        virtual: true,
        label: { en: 'Due for re-review', th: 'ถึงกำหนดตรวจทานซ้ำ' },
        // A staff signal; patients see the review date itself.
        access: { read: isStaffFieldLevel },
        admin: {
          readOnly: true,
          description: {
            en: 'Set when the last review is older than the re-review interval (REVIEW_INTERVAL_MONTHS).',
            th: 'ขึ้นเมื่อการตรวจทานครั้งล่าสุดเก่ากว่ารอบการตรวจทานซ้ำ (REVIEW_INTERVAL_MONTHS)',
          },
        },
        hooks: { afterRead: [flagReviewDue] },
      },
    ],
  }
}
