/**
 * English fallback, made visible. A Thai read with `fallback-locale=none` leaves untranslated
 * fields empty; filling them from the English read records which paths are English, so a page can
 * mark them (`lang="en"` and an "English only" label) instead of passing English off as Thai.
 */

const isMissing = (value: unknown) => value === undefined || value === null || value === ''
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export function fillFromEnglish(thai: unknown, english: unknown, englishOnly: Set<string>, path = ''): unknown {
  if (isMissing(thai)) {
    if (isMissing(english)) return thai
    englishOnly.add(path)
    return english
  }
  // Only a localized list can be empty in Thai and filled in English (shared fields are equal).
  if (Array.isArray(thai) && thai.length === 0 && Array.isArray(english) && english.length > 0) {
    englishOnly.add(path)
    return english
  }
  // Rich text ({ root }) is one value: it is Thai or English as a whole.
  if (isRecord(thai) && isRecord(english) && !('root' in thai)) {
    const merged: Record<string, unknown> = { ...thai }
    for (const key of Object.keys(english)) {
      merged[key] = fillFromEnglish(thai[key], english[key], englishOnly, path ? `${path}.${key}` : key)
    }
    return merged
  }
  if (Array.isArray(thai) && Array.isArray(english)) {
    // Documents pair up by id. Rows of a localized list have ids of their own language: kept as they are.
    return thai.map((item, index) => {
      const twin = isRecord(item) ? english.find((other) => isRecord(other) && other.id === item.id) : undefined
      return twin === undefined ? item : fillFromEnglish(item, twin, englishOnly, `${path}.${index}`)
    })
  }
  return thai
}

/** Whether a path (or anything under it) was filled from English. */
export function isEnglishOnly(englishOnly: ReadonlySet<string>, path: string): boolean {
  if (englishOnly.has(path)) return true
  // The whole document (path "") or a parent object came from English.
  for (const taken of englishOnly) if (taken === '' || path.startsWith(`${taken}.`)) return true
  return false
}

/**
 * For data read with `locale=all` (every localized field as `{ en, th }`): the value in one
 * language, falling back to English, and whether it fell back.
 */
export function pickLocale<T>(value: { en?: T | null; th?: T | null } | null | undefined, language: 'en' | 'th'): { value: T | undefined; fellBack: boolean } {
  const own = value?.[language]
  if (!isMissing(own)) return { value: own as T, fellBack: false }
  const english = value?.en
  return { value: isMissing(english) ? undefined : (english as T), fellBack: language !== 'en' && !isMissing(english) }
}
