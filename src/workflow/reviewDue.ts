import { now } from './clock'

export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/** Medical content is due for re-review when it was never reviewed or its last review is too old. */
export function isReviewDue(lastReviewedAt: string | Date | null | undefined, intervalMonths: number, at: Date = now()): boolean {
  if (!lastReviewedAt) return true
  const last = new Date(lastReviewedAt)
  if (Number.isNaN(last.getTime())) return true
  const due = new Date(last)
  due.setUTCMonth(due.getUTCMonth() + intervalMonths)
  return due.getTime() <= at.getTime()
}
