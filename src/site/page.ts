/** What every website page needs: its language, its preview session and its metadata. */
import type { Metadata } from 'next'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { translator } from '../i18n'
import { cmsGet, readLocalized, type ReadOptions } from './cms'
import { isEnglishOnly } from './fallback'
import { DEFAULT_TIME_ZONE } from './openingHours'
import type { ReaderLanguage } from './format'
import type { ClinicProfile } from '../payload-types'

export const SITE_LANGUAGES: readonly ReaderLanguage[] = ['en', 'th']

export function siteLanguage(value: string): ReaderLanguage {
  if (!(SITE_LANGUAGES as readonly string[]).includes(value)) notFound()
  return value as ReaderLanguage
}

/** Everything a component needs to speak the page's language and mark English fallback. */
export type View = {
  language: ReaderLanguage
  t: ReturnType<typeof translator>
  /** On a Thai page: this path's text is English (no Thai published). */
  isEnglish: (path: string) => boolean
  timeZone: string
  href: (path: string) => string
}

export function makeView(language: ReaderLanguage, englishOnly: ReadonlySet<string>, timeZone: string): View {
  return {
    language,
    t: translator(language, 'site'),
    isEnglish: (path) => language !== 'en' && isEnglishOnly(englishOnly, path),
    timeZone,
    href: (path) => `/${language}${path === '/' ? '' : path}`,
  }
}

export type PreviewSession = { token: string; name: string }

/**
 * `?preview` from the admin's Preview / Live Preview: the staff member's own login cookie is
 * forwarded to the API, which shows drafts only to those allowed to see them. Anyone else simply
 * gets the published page.
 */
export async function previewSession(searchParams: Record<string, string | string[] | undefined>): Promise<PreviewSession | undefined> {
  if (searchParams.preview === undefined) return undefined
  const token = (await cookies()).get('payload-token')?.value
  if (!token) return undefined
  try {
    const me = await cmsGet<{ user: { name?: string; email?: string } | null }>('/users/me', {}, { previewToken: token })
    if (!me.user) return undefined
    return { token, name: me.user.name || me.user.email || '' }
  } catch {
    return undefined
  }
}

export const readOptions = (preview: PreviewSession | undefined): ReadOptions => (preview ? { previewToken: preview.token } : {})

/** The clinic profile once per request (layout, pages and metadata share it). */
export const loadClinicProfile = cache((language: ReaderLanguage) => readLocalized<ClinicProfile>('/globals/clinic-profile', { depth: 1 }, language))

export function siteOrigin(): URL {
  return new URL(process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`)
}

/** Title, description and the other language's address (hreflang) for one page. */
export function pageMetadata(language: ReaderLanguage, path: string, title: string | null | undefined, description?: string | null): Metadata {
  const at = (lang: ReaderLanguage) => `/${lang}${path === '/' ? '' : path}`
  return {
    title: title ?? undefined,
    description: description ?? undefined,
    alternates: {
      canonical: at(language),
      languages: { en: at('en'), th: at('th'), 'x-default': at('en') },
    },
  }
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * One document of a collection by its shared slug, in the page's language, with its preview
 * session; an unknown or unpublished slug is the 404 page.
 */
export async function loadDocument<T>(collection: string, slug: string, language: ReaderLanguage, searchParams: SearchParams, params: Record<string, string | number> = {}) {
  const preview = await previewSession(await searchParams)
  const [{ data: profile }, { data, englishOnly }] = await Promise.all([
    loadClinicProfile(language),
    readLocalized<{ docs: T[] }>(`/${collection}`, { 'where[slug][equals]': slug, limit: 1, depth: 1, ...params }, language, readOptions(preview)),
  ])
  const doc = data.docs[0]
  if (!doc) notFound()
  // Paths inside the document start after "docs.0.".
  const inner = new Set([...englishOnly].filter((path) => path.startsWith('docs.0')).map((path) => path.replace(/^docs\.0\.?/, '')))
  return { doc, preview, view: makeView(language, inner, profile.timeZone || DEFAULT_TIME_ZONE) }
}

/** All published documents of a collection for a list page (sorted, at most 100). */
export async function loadList<T>(collection: string, language: ReaderLanguage, searchParams: SearchParams, params: Record<string, string | number | boolean>) {
  const preview = await previewSession(await searchParams)
  const [{ data: profile }, { data, englishOnly }] = await Promise.all([
    loadClinicProfile(language),
    readLocalized<{ docs: T[] }>(`/${collection}`, { limit: 100, depth: 0, ...params }, language, readOptions(preview)),
  ])
  return { docs: data.docs, preview, view: makeView(language, englishOnly, profile.timeZone || DEFAULT_TIME_ZONE) }
}

/** A document page's title and description (and hreflang), read with only those two fields. */
export async function documentMetadata(collection: string, slug: string, language: ReaderLanguage, titleField: string, descriptionField: string): Promise<Metadata> {
  const { data } = await readLocalized<{ docs: Array<Record<string, string | null | undefined>> }>(
    `/${collection}`,
    { 'where[slug][equals]': slug, limit: 1, depth: 0, [`select[${titleField}]`]: true, [`select[${descriptionField}]`]: true },
    language,
  )
  return pageMetadata(language, `/${collection}/${slug}`, data.docs[0]?.[titleField], data.docs[0]?.[descriptionField])
}
