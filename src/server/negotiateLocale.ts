import type { RequestHandler } from 'express'

type Preference = { tag: string; q: number }

/** `th-TH,th;q=0.9,en;q=0.5` → preferences, best first (invalid entries ignored). */
export function parseAcceptLanguage(header: string | undefined): Preference[] {
  if (!header) return []
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
      const q = qParam ? Number(qParam.slice(2)) : 1
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index }
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag, q }) => ({ tag, q }))
}

/** The supported locale a client prefers (`th-TH` matches `th`), or the fallback. */
export function negotiateLocale(header: string | undefined, locales: readonly string[], fallback: string): string {
  for (const { tag } of parseAcceptLanguage(header)) {
    if (tag === '*') return fallback
    const primary = tag.split('-')[0]!
    const match = locales.find((locale) => locale === tag || locale === primary)
    if (match) return match
  }
  return fallback
}

/**
 * Front ends need not pass `?locale=`: a read without one gets the language of `Accept-Language`
 * (Thai for `th` or `th-TH`, English otherwise). Writes are never negotiated: saving into a
 * language must be asked for explicitly. Responses say which language they are in
 * (`Content-Language`) and that they depend on the header (`Vary: Accept-Language`), so caches keep
 * the languages apart.
 */
export function localeNegotiation(locales: readonly string[], fallback: string): RequestHandler {
  return (req, res, next) => {
    res.vary('Accept-Language')
    const url = new URL(req.originalUrl, 'http://localhost')
    let locale = url.searchParams.get('locale')
    if (!locale && (req.method === 'GET' || req.method === 'HEAD')) {
      locale = negotiateLocale(req.headers['accept-language'], locales, fallback)
      url.searchParams.set('locale', locale)
      req.originalUrl = `${url.pathname}${url.search}`
      req.url = `${req.url.split('?')[0]}${url.search}`
    }
    if (locale && locales.includes(locale)) res.setHeader('Content-Language', locale)
    next()
  }
}

/** The language for our own messages to this request: its `?locale=`, else `Accept-Language`. */
export function messageLanguage(query: URLSearchParams, acceptLanguage: string | undefined, languages: readonly string[], fallback: string): string {
  const explicit = query.get('locale')
  if (explicit && languages.includes(explicit)) return explicit
  return negotiateLocale(acceptLanguage, languages, fallback)
}
