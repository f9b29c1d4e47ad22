/**
 * JSON with object keys sorted and text in Unicode NFC: equal content gives equal strings, however
 * it was produced (jsonb and a browser's form order rich-text keys differently; some keyboards
 * type decomposed Thai). Fingerprints of approved text and of translation sources are built on it.
 */
export function canonicalText(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'string') return inner.normalize('NFC')
    if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
      return Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    }
    return inner
  })
}
