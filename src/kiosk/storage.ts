/**
 * The last content the kiosk loaded, kept in localStorage so that a reload without the API (or
 * without any network) still shows it. localStorage, not Cache Storage: it also works on a plain
 * http:// LAN address, where browsers offer neither service workers nor Cache Storage.
 */
import type { KioskContent, SavedContent } from './types'

/** Bump when the saved shape changes: an old copy is then ignored rather than misread. */
const KEY = 'clinic-kiosk:content:v1'

export function readSaved(): SavedContent | undefined {
  try {
    const raw = window.localStorage.getItem(KEY)
    if (!raw) return undefined
    const saved = JSON.parse(raw) as SavedContent
    if (!saved?.content || !Array.isArray(saved.content.conditions) || typeof saved.savedAt !== 'string') return undefined
    return saved
  } catch {
    return undefined
  }
}

/** Saves the content; on a full or blocked storage the kiosk keeps working from memory. */
export function save(content: KioskContent, savedAt = new Date()): SavedContent {
  const saved = { content, savedAt: savedAt.toISOString() }
  try {
    window.localStorage.setItem(KEY, JSON.stringify(saved))
  } catch (error) {
    console.warn('kiosk: could not save the content for offline use', error)
  }
  return saved
}
