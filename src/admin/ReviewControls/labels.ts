import type { Action, EventAction } from '@/workflow/stages'

/**
 * The review controls' interface strings, in the admin UI's two languages; stage names come from
 * STAGE_LABELS. The component picks one set with `labelsFor(i18n.language)`.
 */
export type UiLanguage = 'en' | 'th'

export const uiLanguage = (language: string | undefined): UiLanguage => (language?.toLowerCase().startsWith('th') ? 'th' : 'en')

export type ReviewControlsLabels = {
  title: string
  saveFirst: string
  loading: string
  loadFailed: string
  retry: string
  editing: string
  stagesCaption: string
  actionsFor: (localeName: string) => string
  noActions: string
  unsaved: string
  buttons: Record<Action, string>
  commentLabel: string
  commentPlaceholder: string
  sendRequest: string
  cancel: string
  done: (localeName: string, stage: string) => string
  failed: (status: number) => string
  history: string
  noHistory: string
  events: Record<EventAction, string>
  publishNote: string
}

export const labels: Record<UiLanguage, ReviewControlsLabels> = {
  en: {
    title: 'Medical review',
    saveFirst: 'Save a draft first: review starts once the document exists.',
    loading: 'Loading review status…',
    loadFailed: 'Could not load the review status.',
    retry: 'Try again',
    editing: 'editing',
    stagesCaption: 'Review stage of each language',
    actionsFor: (localeName) => `Review actions for ${localeName}`,
    noActions: 'No review action is open to you for this language at this stage.',
    unsaved: 'You have unsaved changes: review covers the saved version, so save a draft first.',
    buttons: {
      submit: 'Submit for review',
      withdraw: 'Withdraw',
      approve: 'Approve',
      request_changes: 'Request changes',
    },
    commentLabel: 'What needs to change? (required)',
    commentPlaceholder: 'Explain the changes needed…',
    sendRequest: 'Send request',
    cancel: 'Cancel',
    done: (localeName, stage) => `The ${localeName} version is now ${stage.toLowerCase()}.`,
    failed: (status) => `The review step failed (HTTP ${status}).`,
    history: 'Recent review history',
    noHistory: 'No review steps yet.',
    events: {
      submit: 'Submitted',
      withdraw: 'Withdrawn',
      approve: 'Approved',
      request_changes: 'Changes requested',
      publish: 'Published',
      unpublish: 'Unpublished',
      publish_refused: 'Publish refused',
      reset_by_edit: 'Reset by edit',
    },
    publishNote: 'Publishing: an admin publishes approved languages (Publish in English / Publish in ไทย).',
  },
  th: {
    title: 'การตรวจทานทางการแพทย์',
    saveFirst: 'บันทึกฉบับร่างก่อน: การตรวจทานเริ่มได้เมื่อมีเอกสารแล้ว',
    loading: 'กำลังโหลดสถานะการตรวจทาน…',
    loadFailed: 'โหลดสถานะการตรวจทานไม่สำเร็จ',
    retry: 'ลองอีกครั้ง',
    editing: 'กำลังแก้ไข',
    stagesCaption: 'สถานะการตรวจทานของแต่ละภาษา',
    actionsFor: (localeName) => `การตรวจทานฉบับ${localeName}`,
    noActions: 'ไม่มีขั้นตอนการตรวจทานที่คุณทำได้สำหรับภาษานี้ในสถานะปัจจุบัน',
    unsaved: 'มีการแก้ไขที่ยังไม่ได้บันทึก: การตรวจทานใช้ฉบับที่บันทึกแล้ว กรุณาบันทึกฉบับร่างก่อน',
    buttons: {
      submit: 'ส่งตรวจทาน',
      withdraw: 'ถอนการส่ง',
      approve: 'อนุมัติ',
      request_changes: 'ขอให้แก้ไข',
    },
    commentLabel: 'ต้องแก้ไขอะไรบ้าง (จำเป็น)',
    commentPlaceholder: 'อธิบายสิ่งที่ต้องแก้ไข…',
    sendRequest: 'ส่งคำขอ',
    cancel: 'ยกเลิก',
    done: (localeName, stage) => `ฉบับ${localeName}อยู่ในสถานะ “${stage}” แล้ว`,
    failed: (status) => `ขั้นตอนการตรวจทานไม่สำเร็จ (HTTP ${status})`,
    history: 'ประวัติการตรวจทานล่าสุด',
    noHistory: 'ยังไม่มีประวัติการตรวจทาน',
    events: {
      submit: 'ส่งตรวจทาน',
      withdraw: 'ถอนการส่ง',
      approve: 'อนุมัติ',
      request_changes: 'ขอให้แก้ไข',
      publish: 'เผยแพร่',
      unpublish: 'ยกเลิกการเผยแพร่',
      publish_refused: 'ปฏิเสธการเผยแพร่',
      reset_by_edit: 'กลับเป็นร่างเพราะมีการแก้ไข',
    },
    publishNote: 'การเผยแพร่: ผู้ดูแลระบบเป็นผู้เผยแพร่ภาษาที่อนุมัติแล้ว (เผยแพร่ใน English / เผยแพร่ใน ไทย)',
  },
}

export const labelsFor = (language: string | undefined): ReviewControlsLabels => labels[uiLanguage(language)]
