/**
 * The shape of the bilingual sample content. Every human-readable value is given in English and
 * Thai; relationships name other documents by slug. The seed runner turns this into Payload data.
 */
export type Bilingual = { en: string; th: string }
export type BilingualList = { en: string[]; th: string[] }
/** Rich text as paragraphs; a paragraph starting with '## ' becomes a heading, '- ' items a bullet list. */
export type BilingualRichText = { en: string[]; th: string[] }

export type Reference = {
  title: string
  publisher: string
  year?: number
  url?: string
}

export type BodyRegion = 'lower-back' | 'upper-back' | 'neck' | 'hip' | 'leg' | 'head-jaw' | 'whole-body' | 'shoulder' | 'knee'
export type AcupointRegion =
  | 'back-of-knee'
  | 'feet'
  | 'lumbosacral'
  | 'hands'
  | 'hips'
  | 'abdomen'
  | 'head'
  | 'neck'
  | 'shoulders'
  | 'upper-back'

export type Range = { min: number; max: number }

export type SeedContraindication = {
  slug: string
  name: Bilingual
  description: Bilingual
  severity: 'absolute' | 'relative'
  whoItConcerns: Bilingual
  advice: Bilingual
  references: Reference[]
}

export type SeedTreatmentMethod = {
  slug: string
  name: Bilingual
  summary: Bilingual
  description: BilingualRichText
  howItIsPerformed: BilingualRichText
  sessionLengthMinutes: Range
  sensationsAndSideEffects: BilingualList
  /** slugs of SeedContraindication */
  contraindications: string[]
  /** slugs of other SeedTreatmentMethod */
  oftenCombinedWith: string[]
  references: Reference[]
}

export type SeedCondition = {
  slug: string
  name: Bilingual
  summary: Bilingual
  description: BilingualRichText
  bodyRegions: BodyRegion[]
  symptoms: BilingualList
  commonCauses: BilingualList
  typicalCourse: {
    acuteSessions: Range | null
    chronicSessions: Range | null
    /** weeks after which to judge whether acupuncture helps (the seeds say 6–8 weeks) */
    reviewAfterWeeks: number
    notes: Bilingual
  }
  /** slugs of SeedTreatmentMethod */
  recommendedMethods: string[]
  acupointRegions: AcupointRegion[]
  redFlags: BilingualList
  references: Reference[]
}

export type SeedArticle = {
  slug: string
  title: Bilingual
  excerpt: Bilingual
  body: BilingualRichText
  /** slugs */
  conditions: string[]
  treatmentMethods: string[]
  contraindications: string[]
  seoTitle: Bilingual
  seoDescription: Bilingual
  /** ISO date, e.g. '2026-10-01' */
  publishedAt: string
  references: Reference[]
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'

export type SeedClinicProfile = {
  name: Bilingual
  tagline: Bilingual
  description: Bilingual
  address: {
    street: Bilingual
    district: Bilingual
    city: Bilingual
    province: Bilingual
    postalCode: string
    country: Bilingual
  }
  geo: { lat: number; lng: number }
  timeZone: 'Asia/Bangkok'
  openingHours: Array<{ day: Weekday; intervals: Array<{ opens: string; closes: string }> }>
  exceptions: Array<{ date: string; label: Bilingual; closed: boolean; intervals: Array<{ opens: string; closes: string }> }>
  contact: {
    phone: string
    lineId: string
    whatsapp: string
    email: string
    website: string
    bookingUrl: string
  }
  languagesSpoken: Array<'th' | 'en' | 'zh'>
  /** slugs of SeedTreatmentMethod */
  servicesOffered: string[]
  licensingStatement: Bilingual
  safetyDisclaimer: Bilingual
}
