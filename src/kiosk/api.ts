/**
 * Reads everything the kiosk shows from the CMS's public REST API, anonymously and same-origin,
 * in both languages at once (`locale=all`), so the language toggle and offline use need no request.
 */
import type { KioskClinic, KioskCondition, KioskContent, KioskContraindication, KioskMethod } from './types'

const API = '/api'
/** Anonymous reads are capped at 100 a page; the page cap only stops a runaway loop. */
const PAGE_SIZE = 100
const MAX_PAGES = 50
const TIMEOUT_MS = 15_000

type Page<T> = { docs: T[]; hasNextPage?: boolean }

async function getJson<T>(path: string, params: Record<string, string>): Promise<T> {
  const url = `${API}${path}?${new URLSearchParams(params)}`
  // no-cache: revalidate with the server every time, so a success proves the API is reachable
  // (a stale-while-revalidate copy from the HTTP cache would hide an outage).
  const response = await fetch(url, { cache: 'no-cache', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) })
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { errors?: Array<{ message?: string }> } | undefined
    throw new Error(`${url}: ${response.status} ${body?.errors?.[0]?.message ?? response.statusText}`)
  }
  return (await response.json()) as T
}

const fields = (names: string[]) => Object.fromEntries(names.map((name) => [`select[${name}]`, 'true']))

const MEDICAL = ['name', 'slug', 'references', 'medicalReview', 'disclaimer']

async function allDocs<T>(collection: string, select: string[]): Promise<T[]> {
  const docs: T[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await getJson<Page<T>>(`/${collection}`, {
      locale: 'all',
      depth: '0',
      limit: String(PAGE_SIZE),
      page: String(page),
      sort: 'slug',
      ...fields([...MEDICAL, ...select]),
    })
    if (!Array.isArray(body.docs)) throw new Error(`/${collection}: unexpected response`)
    docs.push(...body.docs)
    if (!body.hasNextPage) break
  }
  return docs
}

export async function loadContent(): Promise<KioskContent> {
  const [clinic, conditions, methods, contraindications] = await Promise.all([
    getJson<KioskClinic>('/globals/clinic-profile', { locale: 'all', depth: '0' }),
    allDocs<KioskCondition>('conditions', ['summary', 'description', 'symptoms', 'commonCauses', 'redFlags', 'typicalCourse', 'recommendedMethods']),
    allDocs<KioskMethod>('treatment-methods', [
      'summary',
      'description',
      'howItIsPerformed',
      'sessionLengthMinutes',
      'sensationsAndSideEffects',
      'contraindications',
      'oftenCombinedWith',
      'suitableConditions',
    ]),
    allDocs<KioskContraindication>('contraindications', ['severity', 'description', 'whoItConcerns', 'advice', 'treatmentMethods']),
  ])
  return { clinic, conditions, methods, contraindications }
}
