import type { Role } from '@/access/roles'

export const REVIEWED_COLLECTIONS = ['articles', 'conditions', 'treatment-methods', 'contraindications'] as const
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

export const STAGES = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type Stage = (typeof STAGES)[number]

export const STAGE_LABELS: Record<Stage, { en: string; th: string }> = {
  draft: { en: 'Draft', th: 'ฉบับร่าง' },
  in_review: { en: 'In review', th: 'รอตรวจทาน' },
  changes_requested: { en: 'Changes requested', th: 'ขอให้แก้ไข' },
  approved: { en: 'Approved', th: 'อนุมัติแล้ว' },
  published: { en: 'Published', th: 'เผยแพร่แล้ว' },
}

export const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))

export const ACTIONS = ['submit', 'withdraw', 'approve', 'request_changes'] as const
export type Action = (typeof ACTIONS)[number]

/**
 * Everything the audit trail records: the review actions, an admin's publish and unpublish, a
 * refused publish (a scheduled one included) and the automatic return to draft after an edit.
 */
export const EVENT_ACTIONS = [...ACTIONS, 'publish', 'unpublish', 'publish_refused', 'reset_by_edit'] as const
export type EventAction = (typeof EVENT_ACTIONS)[number]

export type Transition = {
  from: Stage[]
  to: Stage
  roles: Role[]
  commentRequired: boolean
  /** Translators may also take this step, in the languages listed on their account. */
  translators?: boolean
}

/**
 * Who may move a locale of a document from which stage to which. Publishing is not a review
 * action here: it is Payload's own publish, guarded separately.
 */
export const TRANSITIONS: Record<Action, Transition> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', roles: ['editor', 'admin'], commentRequired: false, translators: true },
  withdraw: { from: ['in_review'], to: 'draft', roles: ['editor', 'admin'], commentRequired: false, translators: true },
  approve: { from: ['in_review'], to: 'approved', roles: ['reviewer', 'admin'], commentRequired: false },
  request_changes: { from: ['in_review'], to: 'changes_requested', roles: ['reviewer', 'admin'], commentRequired: true },
}
