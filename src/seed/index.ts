import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import type { ReviewedCollection } from '@/workflow/stages'

import { articles } from './content/articles'
import { clinicProfile } from './content/clinicProfile'
import { conditions } from './content/conditions'
import { contraindications } from './content/contraindications'
import { treatmentMethods } from './content/treatmentMethods'
import { richText } from './lexical'
import { recordSeededPublication } from './reviewStates'
import { SAMPLE_USERS } from './sampleUsers'
import type { Bilingual, BilingualList, Range, Reference } from './types'

type Locale = 'en' | 'th'
type Data = Record<string, unknown>

export type SeedOptions = {
  /** Delete the sample documents (by slug) and create them again, discarding edits made since. */
  reset?: boolean
  /** Create the sample users (never in production). */
  withUsers: boolean
  progress?: (line: string) => void
}

export type SeedReport = Record<string, { created: number; kept: number }>

/** Marks seeding in req.context so hooks can skip side effects (notifications, audit entries). */
export const SEED_CONTEXT = { seeding: true } as const

const REVIEWED_AT = '2026-11-01T00:00:00.000Z'

const pick = (value: Bilingual, locale: Locale) => value[locale]
const list = (value: BilingualList, locale: Locale) => value[locale].map((text) => ({ text }))
const range = (value: Range | null) => (value ? { min: value.min, max: value.max } : { min: null, max: null })
const references = (value: Reference[]) => value.map((ref) => ({ ...ref }))

/**
 * Fills an empty database with the bilingual sample content, idempotently: documents are matched
 * by slug and existing ones are left alone (edits made in the admin survive) unless `reset`.
 * Every document is published in English, then its Thai version.
 */
export async function seed(payload: Payload, options: SeedOptions): Promise<SeedReport> {
  const req = await createLocalReq({ context: { ...SEED_CONTEXT } }, payload)
  const say = options.progress ?? (() => undefined)
  const report: SeedReport = {}
  const count = (slug: string, outcome: 'created' | 'kept') => {
    report[slug] ??= { created: 0, kept: 0 }
    report[slug][outcome]++
  }

  const users = options.withUsers ? await seedUsers(payload, req, count) : {}
  if (options.withUsers) say(`users: ${report.users?.created ?? 0} created, ${report.users?.kept ?? 0} kept`)
  const medicalReview = { reviewedBy: users['reviewer@example.com'] ?? null, lastReviewedAt: REVIEWED_AT }

  const ids: Record<string, Record<string, number>> = {}
  const createdNow: Array<{ collection: ReviewedCollection; id: number }> = []
  const upsert = async (collection: CollectionSlug, slug: string, build: (locale: Locale) => Data) => {
    ids[collection] ??= {}
    const existing = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0, draft: true, req })
    if (existing.docs[0] && options.reset) {
      await payload.delete({ collection, id: existing.docs[0].id, req })
    } else if (existing.docs[0]) {
      ids[collection][slug] = existing.docs[0].id as number
      count(collection, 'kept')
      return
    }
    const created = await payload.create({ collection, locale: 'en', data: { ...build('en'), slug, _status: 'published' }, req })
    await payload.update({ collection, id: created.id, locale: 'th', data: { ...build('th'), _status: 'published' }, req })
    ids[collection][slug] = created.id as number
    createdNow.push({ collection: collection as ReviewedCollection, id: created.id as number })
    count(collection, 'created')
  }
  const idsOf = (collection: string, slugs: string[]) =>
    slugs.map((slug) => {
      const id = ids[collection]?.[slug]
      if (id === undefined) throw new Error(`seed: ${collection} "${slug}" is referenced but not defined`)
      return id
    })

  for (const item of contraindications) {
    await upsert('contraindications', item.slug, (locale) => ({
      name: pick(item.name, locale),
      description: pick(item.description, locale),
      severity: item.severity,
      whoItConcerns: pick(item.whoItConcerns, locale),
      advice: pick(item.advice, locale),
      references: references(item.references),
      medicalReview,
    }))
  }
  say(`contraindications: ${describe(report, 'contraindications')}`)

  for (const item of treatmentMethods) {
    await upsert('treatment-methods', item.slug, (locale) => ({
      name: pick(item.name, locale),
      summary: pick(item.summary, locale),
      description: richText(item.description[locale]),
      howItIsPerformed: richText(item.howItIsPerformed[locale]),
      sessionLengthMinutes: range(item.sessionLengthMinutes),
      sensationsAndSideEffects: list(item.sensationsAndSideEffects, locale),
      contraindications: idsOf('contraindications', item.contraindications),
      references: references(item.references),
      medicalReview,
    }))
  }
  // Methods name each other: link them once all exist (only those created now).
  for (const item of treatmentMethods) {
    if (item.oftenCombinedWith.length === 0 || report['treatment-methods']?.created === 0) continue
    const id = ids['treatment-methods']![item.slug]!
    const current = await payload.findByID({ collection: 'treatment-methods', id, depth: 0, req })
    if ((current.oftenCombinedWith ?? []).length > 0) continue
    await payload.update({
      collection: 'treatment-methods',
      id,
      data: { oftenCombinedWith: idsOf('treatment-methods', item.oftenCombinedWith), _status: 'published' },
      req,
    })
  }
  say(`treatment methods: ${describe(report, 'treatment-methods')}`)

  for (const item of conditions) {
    await upsert('conditions', item.slug, (locale) => ({
      name: pick(item.name, locale),
      summary: pick(item.summary, locale),
      description: richText(item.description[locale]),
      bodyRegions: item.bodyRegions,
      symptoms: list(item.symptoms, locale),
      commonCauses: list(item.commonCauses, locale),
      typicalCourse: {
        acuteSessions: range(item.typicalCourse.acuteSessions),
        chronicSessions: range(item.typicalCourse.chronicSessions),
        reviewAfterWeeks: item.typicalCourse.reviewAfterWeeks,
        notes: pick(item.typicalCourse.notes, locale),
      },
      recommendedMethods: idsOf('treatment-methods', item.recommendedMethods),
      acupointRegions: item.acupointRegions,
      redFlags: list(item.redFlags, locale),
      references: references(item.references),
      medicalReview,
    }))
  }
  say(`conditions: ${describe(report, 'conditions')}`)

  for (const item of articles) {
    await upsert('articles', item.slug, (locale) => ({
      title: pick(item.title, locale),
      excerpt: pick(item.excerpt, locale),
      body: richText(item.body[locale]),
      conditions: idsOf('conditions', item.conditions),
      treatmentMethods: idsOf('treatment-methods', item.treatmentMethods),
      contraindications: idsOf('contraindications', item.contraindications),
      seo: { title: pick(item.seoTitle, locale), description: pick(item.seoDescription, locale) },
      publishedAt: item.publishedAt,
      references: references(item.references),
      author: users['editor@example.com'] ?? null,
      medicalReview,
    }))
  }
  say(`articles: ${describe(report, 'articles')}`)
  // After every link is in place, so the recorded fingerprints match the published text.
  for (const { collection, id } of createdNow) {
    await recordSeededPublication(req, collection, id, users['reviewer@example.com'] ?? null)
  }

  await seedClinicProfile(payload, req, options.reset === true, idsOf('treatment-methods', clinicProfile.servicesOffered), count)
  say(`clinic profile: ${describe(report, 'clinic-profile')}`)
  return report
}

function describe(report: SeedReport, slug: string): string {
  const entry = report[slug] ?? { created: 0, kept: 0 }
  return `${entry.created} created, ${entry.kept} kept`
}

async function seedUsers(
  payload: Payload,
  req: PayloadRequest,
  count: (slug: string, outcome: 'created' | 'kept') => void,
): Promise<Record<string, number>> {
  const ids: Record<string, number> = {}
  for (const user of SAMPLE_USERS) {
    const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0, req })
    if (existing.docs[0]) {
      ids[user.email] = existing.docs[0].id
      count('users', 'kept')
      continue
    }
    const created = await payload.create({ collection: 'users', data: { ...user, translatorLocales: user.translatorLocales ?? [] }, req })
    ids[user.email] = created.id
    count('users', 'created')
  }
  return ids
}

async function seedClinicProfile(
  payload: Payload,
  req: PayloadRequest,
  reset: boolean,
  servicesOffered: number[],
  count: (slug: string, outcome: 'created' | 'kept') => void,
): Promise<void> {
  const current = await payload.findGlobal({ slug: 'clinic-profile', locale: 'en', depth: 0, req })
  if (current.name && !reset) {
    count('clinic-profile', 'kept')
    return
  }
  const profile = clinicProfile
  const build = (locale: Locale): Data => ({
    name: pick(profile.name, locale),
    tagline: pick(profile.tagline, locale),
    description: pick(profile.description, locale),
    address: {
      street: pick(profile.address.street, locale),
      district: pick(profile.address.district, locale),
      city: pick(profile.address.city, locale),
      province: pick(profile.address.province, locale),
      postalCode: profile.address.postalCode,
      country: pick(profile.address.country, locale),
    },
    geo: profile.geo,
    timeZone: profile.timeZone,
    openingHours: profile.openingHours,
    exceptions: profile.exceptions.map((exception) => ({
      date: exception.date,
      closed: exception.closed,
      label: pick(exception.label, locale),
      intervals: exception.intervals,
    })),
    contact: profile.contact,
    languagesSpoken: profile.languagesSpoken,
    servicesOffered,
    licensingStatement: pick(profile.licensingStatement, locale),
    safetyDisclaimer: pick(profile.safetyDisclaimer, locale),
  })
  await payload.updateGlobal({ slug: 'clinic-profile', locale: 'en', data: build('en'), req })
  // Array rows keep their ids across locales: update the localized row fields in place.
  const english = await payload.findGlobal({ slug: 'clinic-profile', locale: 'en', depth: 0, req })
  const thai = build('th')
  thai.exceptions = (thai.exceptions as Data[]).map((row, index) => ({ ...row, id: english.exceptions?.[index]?.id }))
  thai.openingHours = english.openingHours
  await payload.updateGlobal({ slug: 'clinic-profile', locale: 'th', data: thai, req })
  count('clinic-profile', 'created')
}
