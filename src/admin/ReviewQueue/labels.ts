/**
 * The review queue's interface strings, in the admin UI's two languages. The view, the dashboard
 * summary and the nav link pick one with `labelsFor(i18n.language)`.
 */
export type UiLanguage = 'en' | 'th'

export type QueueCounts = { awaitingReview: number; changesRequested: number; readyToPublish: number; reviewDue: number }

export type SectionKey = 'awaitingReview' | 'changesRequested' | 'readyToPublish' | 'reviewDue' | 'refusedPublishes'

export type ReviewQueueLabels = {
  title: string
  intro: string
  sections: Record<SectionKey, { heading: string; empty: string }>
  columns: {
    title: string
    collection: string
    locale: string
    age: string
    submittedBy: string
    comment: string
    lastReviewedAt: string
    refusedAt: string
    reason: string
  }
  today: string
  days: (count: number) => string
  never: string
  nobody: string
  reviewDueBadge: string
  reviewDueNote: (months: number) => string
  forStaff: string
  generatedAt: (when: string) => string
  summary: (counts: QueueCounts) => string
  openQueue: string
}

export const labels: Record<UiLanguage, ReviewQueueLabels> = {
  en: {
    title: 'Review queue',
    intro: 'Medical content waiting for review, sent back, ready to publish or due for re-review, locale by locale. Oldest first.',
    sections: {
      awaitingReview: { heading: 'Awaiting review', empty: 'Nothing is waiting for review.' },
      changesRequested: { heading: 'Changes requested', empty: 'No changes are requested.' },
      readyToPublish: { heading: 'Ready to publish', empty: 'Nothing is ready to publish.' },
      reviewDue: { heading: 'Due for re-review', empty: 'No published content is due for re-review.' },
      refusedPublishes: { heading: 'Refused publishes', empty: 'No publish was refused in the last 30 days.' },
    },
    columns: {
      title: 'Title',
      collection: 'Collection',
      locale: 'Locale',
      age: 'Waiting',
      submittedBy: 'Submitted by',
      comment: 'Reviewer’s comment',
      lastReviewedAt: 'Last reviewed',
      refusedAt: 'Refused',
      reason: 'Reason',
    },
    today: 'today',
    days: (count) => (count === 1 ? '1 day' : `${count} days`),
    never: 'never',
    nobody: '—',
    reviewDueBadge: 'Re-review due',
    reviewDueNote: (months) => `Published content whose last medical review is more than ${months} months old.`,
    forStaff: 'The review queue is for clinic staff. Ask an administrator for a role.',
    generatedAt: (when) => `As of ${when}`,
    summary: (counts) =>
      `${counts.awaitingReview} awaiting review, ${counts.changesRequested} with changes requested, ${counts.readyToPublish} ready to publish, ${counts.reviewDue} due for re-review`,
    openQueue: 'Open the review queue',
  },
  th: {
    title: 'คิวตรวจทาน',
    intro: 'เนื้อหาทางการแพทย์ที่รอตรวจทาน ถูกขอให้แก้ไข พร้อมเผยแพร่ หรือถึงกำหนดตรวจทานซ้ำ แยกตามภาษา เรียงจากเก่าสุด',
    sections: {
      awaitingReview: { heading: 'รอตรวจทาน', empty: 'ไม่มีเนื้อหาที่รอตรวจทาน' },
      changesRequested: { heading: 'ขอให้แก้ไข', empty: 'ไม่มีเนื้อหาที่ถูกขอให้แก้ไข' },
      readyToPublish: { heading: 'พร้อมเผยแพร่', empty: 'ไม่มีเนื้อหาที่พร้อมเผยแพร่' },
      reviewDue: { heading: 'ถึงกำหนดตรวจทานซ้ำ', empty: 'ไม่มีเนื้อหาที่เผยแพร่แล้วซึ่งถึงกำหนดตรวจทานซ้ำ' },
      refusedPublishes: { heading: 'การเผยแพร่ที่ถูกปฏิเสธ', empty: 'ไม่มีการเผยแพร่ที่ถูกปฏิเสธในช่วง 30 วันที่ผ่านมา' },
    },
    columns: {
      title: 'ชื่อเรื่อง',
      collection: 'ประเภทเนื้อหา',
      locale: 'ภาษา',
      age: 'รอมาแล้ว',
      submittedBy: 'ส่งโดย',
      comment: 'ความเห็นของผู้ตรวจทาน',
      lastReviewedAt: 'ตรวจทานล่าสุด',
      refusedAt: 'ถูกปฏิเสธเมื่อ',
      reason: 'เหตุผล',
    },
    today: 'วันนี้',
    days: (count) => `${count} วัน`,
    never: 'ไม่เคย',
    nobody: '—',
    reviewDueBadge: 'ถึงกำหนดตรวจทานซ้ำ',
    reviewDueNote: (months) => `เนื้อหาที่เผยแพร่แล้วซึ่งตรวจทานทางการแพทย์ครั้งล่าสุดนานกว่า ${months} เดือน`,
    forStaff: 'คิวตรวจทานสำหรับเจ้าหน้าที่ของคลินิกเท่านั้น โปรดขอบทบาทจากผู้ดูแลระบบ',
    generatedAt: (when) => `ข้อมูล ณ ${when}`,
    summary: (counts) =>
      `รอตรวจทาน ${counts.awaitingReview} รายการ · ขอให้แก้ไข ${counts.changesRequested} รายการ · พร้อมเผยแพร่ ${counts.readyToPublish} รายการ · ถึงกำหนดตรวจทานซ้ำ ${counts.reviewDue} รายการ`,
    openQueue: 'เปิดคิวตรวจทาน',
  },
}

/** The admin UI language as the queue knows it: Thai, or English for anything else. */
export const uiLanguage = (language: string | undefined): UiLanguage => (language === 'th' ? 'th' : 'en')

export const labelsFor = (language: string | undefined): ReviewQueueLabels => labels[uiLanguage(language)]

/** The queue's route inside the admin (the view's `path`). */
export const REVIEW_QUEUE_PATH = '/review-queue'
