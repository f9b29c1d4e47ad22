/**
 * The kiosk's copy of the public content, as the REST API returns it with `locale=all&depth=0`:
 * every localized field is `{ en, th }` (either may be missing), relations are bare ids.
 */
import type { ContactChannels } from '../site/contact'
import type { ReaderLanguage } from '../site/format'

export type KioskLanguage = ReaderLanguage

export type Localized<T> = { en?: T | null; th?: T | null } | null | undefined

export type RichText = { root: { children: unknown[] } & Record<string, unknown> }

export type ListRow = { text: string; id?: string | null }

export type Reference = { title: string; publisher?: string | null; year?: number | null; url?: string | null; id?: string | null }

export type MedicalReview = { reviewerName?: string | null; lastReviewedAt?: string | null } | null | undefined

type Range = { min?: number | null; max?: number | null } | null | undefined

/** What every medical document carries for patients: sources, review, disclaimer. */
export type MedicalDocument = {
  id: number
  slug: string
  name?: Localized<string>
  references?: Reference[] | null
  medicalReview?: MedicalReview
  disclaimer?: Localized<string>
}

export type KioskCondition = MedicalDocument & {
  summary?: Localized<string>
  description?: Localized<RichText>
  symptoms?: Localized<ListRow[]>
  commonCauses?: Localized<ListRow[]>
  redFlags?: Localized<ListRow[]>
  typicalCourse?: {
    acuteSessions?: Range
    chronicSessions?: Range
    reviewAfterWeeks?: number | null
    notes?: Localized<string>
  } | null
  recommendedMethods?: Array<number | unknown> | null
}

export type KioskMethod = MedicalDocument & {
  summary?: Localized<string>
  description?: Localized<RichText>
  howItIsPerformed?: Localized<RichText>
  sessionLengthMinutes?: Range
  sensationsAndSideEffects?: Localized<ListRow[]>
  contraindications?: Array<number | unknown> | null
  oftenCombinedWith?: Array<number | unknown> | null
  suitableConditions?: { docs?: Array<number | unknown> } | null
}

export type KioskContraindication = MedicalDocument & {
  severity: 'absolute' | 'relative'
  description?: Localized<string>
  whoItConcerns?: Localized<string>
  advice?: Localized<string>
  treatmentMethods?: { docs?: Array<number | unknown> } | null
}

type Interval = { opens: string; closes: string }

export type KioskClinic = {
  name?: Localized<string>
  tagline?: Localized<string>
  address?: Record<string, Localized<string> | string | null | undefined> | null
  timeZone?: string | null
  openingHours?: Array<{ day: string; intervals?: Interval[] | null }> | null
  exceptions?: Array<{ date: string; closed?: boolean | null; label?: Localized<string>; intervals?: Interval[] | null }> | null
  contact?: ContactChannels | null
  licensingStatement?: Localized<string>
  safetyDisclaimer?: Localized<string>
}

export type KioskContent = {
  clinic: KioskClinic
  conditions: KioskCondition[]
  methods: KioskMethod[]
  contraindications: KioskContraindication[]
}

/** Content as last loaded, and when (ISO instant on this device). */
export type SavedContent = { content: KioskContent; savedAt: string }
