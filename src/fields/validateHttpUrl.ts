/** Empty, or an absolute http(s) URL; the message quotes what was given. */
export function validateHttpUrl(value: unknown): true | string {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'http:' || url.protocol === 'https:') return true
  } catch {
    // not a URL at all
  }
  return `"${String(value)}" is not an http(s) URL.`
}
