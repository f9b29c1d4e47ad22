export const TRANSLATION_STATUSES = ['missing', 'in_progress', 'translated', 'outdated'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

export const TRANSLATION_STATUS_LABELS: Record<TranslationStatus, { en: string; th: string }> = {
  missing: { en: 'Missing', th: 'ยังไม่ได้แปล' },
  in_progress: { en: 'In progress', th: 'กำลังแปล' },
  translated: { en: 'Translated', th: 'แปลแล้ว' },
  outdated: { en: 'Outdated', th: 'ต้นฉบับเปลี่ยน' },
}

export const TRANSLATION_STATUS_OPTIONS = TRANSLATION_STATUSES.map((value) => ({ value, label: TRANSLATION_STATUS_LABELS[value] }))

/** What each translated field remembers about the English it was translated from. */
export type FieldRecord = {
  sourceHash: string
  /** The English text at translation time, as plain text (for showing what changed). */
  sourceText: string
  targetHash: string
  translatedAt: string
  translatedBy: number | null
}

/** A document's status in one language, from its field counts. */
export function statusOf(counts: { total: number; translated: number; outdated: number; missing: number }): TranslationStatus {
  if (counts.outdated > 0) return 'outdated'
  if (counts.total === 0 || counts.missing === 0) return 'translated'
  if (counts.missing === counts.total) return 'missing'
  return 'in_progress'
}
