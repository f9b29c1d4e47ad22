import type { TFunction } from 'i18next'

export type NumberRange = { min?: number | null; max?: number | null } | null | undefined

/**
 * "6–8 sessions" or "8 sessions" from a min/max pair where either end may be missing, through the
 * interface's own strings (`rangeKey` gets min and max, `exactKey` gets count).
 */
export function rangeText(range: NumberRange, t: TFunction, rangeKey: string, exactKey: string): string | undefined {
  const low = range?.min ?? range?.max
  const high = range?.max ?? range?.min
  if (!low || !high) return undefined
  return low === high ? t(exactKey, { count: low }) : t(rangeKey, { min: low, max: high })
}
