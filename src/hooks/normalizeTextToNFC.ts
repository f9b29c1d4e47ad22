import type { CollectionBeforeChangeHook } from 'payload'

const toNFC = (value: unknown): unknown => {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(toNFC)
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, toNFC(inner)]))
  }
  return value
}

/**
 * Stores every text in Unicode NFC, so Thai typed with decomposed marks (some keyboards and tools
 * produce them) and the same text composed compare equal, in search, fingerprints and imports.
 */
export const normalizeTextToNFC: CollectionBeforeChangeHook = ({ data }) => toNFC(data) as typeof data
