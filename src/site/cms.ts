/**
 * The website's only way to the CMS: its public HTTP API, as any outside front end would use it
 * (docs/frontends.md). Server-side only. Anonymous unless a staff member previews drafts, in which
 * case their own token is forwarded and the API's access rules decide what they may see.
 */
import { fillFromEnglish } from './fallback'
import type { ReaderLanguage } from './format'

/** The API's base URL as seen from this server (the same process by default). */
export function apiBaseURL(): string {
  const configured = process.env.SITE_API_URL
  if (configured) return configured.replace(/\/+$/, '')
  const host = process.env.HOST
  const reachable = !host || host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${reachable}:${process.env.PORT || 3000}/api`
}

/** The API could not be reached or answered with a server error: the page says "try again later". */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError'
}

export type ReadOptions = {
  /** A staff member's token: drafts (draft=true) with their access, never cached. */
  previewToken?: string
}

type Params = Record<string, string | number | boolean | undefined>

export async function cmsGet<T>(path: string, params: Params = {}, options: ReadOptions = {}): Promise<T> {
  const url = new URL(apiBaseURL() + path)
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value))
  if (options.previewToken) url.searchParams.set('draft', 'true')
  let response: Response
  try {
    response = await fetch(url, {
      cache: 'no-store',
      headers: options.previewToken ? { Authorization: `JWT ${options.previewToken}` } : {},
      signal: AbortSignal.timeout(10_000),
    })
  } catch (error) {
    throw new CmsUnavailableError(`GET ${url.pathname}: ${(error as Error).message}`)
  }
  const body = (await response.json().catch(() => undefined)) as (T & { errors?: Array<{ message?: string }> }) | undefined
  if (!response.ok || body === undefined) {
    const message = body?.errors?.[0]?.message ?? response.statusText
    if (response.status >= 500 || body === undefined) throw new CmsUnavailableError(`GET ${url.pathname}: ${response.status} ${message}`)
    throw new Error(`GET ${url.pathname}${url.search}: ${response.status} ${message}`)
  }
  return body
}

export type Localized<T> = {
  data: T
  /** Paths (e.g. `docs.0.summary`) whose text is English because no Thai was published. */
  englishOnly: ReadonlySet<string>
}

/**
 * A read in the reader's language. Thai is read without fallback and its gaps filled from English,
 * remembering which paths are English (docs/frontends.md "Marking English fallback").
 */
export async function readLocalized<T>(path: string, params: Params, language: ReaderLanguage, options: ReadOptions = {}): Promise<Localized<T>> {
  if (language === 'en') return { data: await cmsGet<T>(path, { ...params, locale: 'en' }, options), englishOnly: new Set() }
  const [thai, english] = await Promise.all([
    cmsGet<T>(path, { ...params, locale: 'th', 'fallback-locale': 'none' }, options),
    cmsGet<T>(path, { ...params, locale: 'en' }, options),
  ])
  const englishOnly = new Set<string>()
  return { data: fillFromEnglish(thai, english, englishOnly) as T, englishOnly }
}

export type PageOf<T> = { docs: T[]; totalDocs: number; hasNextPage: boolean; page?: number; totalPages: number }
