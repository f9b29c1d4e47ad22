/**
 * Who may do what, as one table: the expected answer of every cell of the access matrix comes from
 * here. Check it against README.md ("Users and roles") and docs/workflow.md, not against the code.
 */

export const ROLES = ['anonymous', 'admin', 'editor', 'reviewer', 'translatorTh', 'translatorNone'] as const
export type Role = (typeof ROLES)[number]

/** What a cell's request came to. */
export type Outcome =
  | 'allow' // done, or the document is in the answer
  | 'deny' // 401/403: not for this role
  | 'hidden' // 404, or missing from a list: not readable by this role
  | 'conflict' // 409: allowed for the role, but the document's review stage does not allow it
  | 'invalid' // 400: a request this role could make, but not with these arguments

export const CONTENT = ['articles', 'conditions', 'treatment-methods', 'contraindications'] as const
export const RECORDS = ['review-states', 'review-events', 'translation-states'] as const
export const COLLECTIONS = [...CONTENT, 'media', 'users', ...RECORDS] as const
export type Content = (typeof CONTENT)[number]
export type Collection = (typeof COLLECTIONS)[number]
export type Target = Collection | 'clinic-profile'

export const LOCALES = ['en', 'th', 'all'] as const
export type Locale = (typeof LOCALES)[number] | '-'

/**
 * The states a medical document is brought into (tests/access/fixtures.ts), with each language's
 * review stage and which languages the public API serves.
 */
export const STATES = {
  draft: { en: 'draft', th: 'draft', public: [] },
  in_review: { en: 'in_review', th: 'in_review', public: [] },
  changes_requested: { en: 'changes_requested', th: 'changes_requested', public: [] },
  approved: { en: 'approved', th: 'approved', public: [] },
  // Approved, with a publish scheduled for tomorrow.
  scheduled: { en: 'approved', th: 'approved', public: [] },
  published: { en: 'published', th: 'published', public: ['en', 'th'] },
  // Published, then edited: the edit is a draft (both languages back to review), the published text stays online.
  published_draft: { en: 'draft', th: 'draft', public: ['en', 'th'] },
  // English published on its own; the Thai text is still in review (Thai readers get the English).
  published_en: { en: 'published', th: 'in_review', public: ['en'] },
} as const satisfies Record<string, { en: string; th: string; public: readonly string[] }>
export type State = keyof typeof STATES
/** Documents of other collections have no review state: their "state" says which document. */
export type Subject = State | 'image' | 'self' | 'other-user' | 'record' | 'profile' | '-'

export const isPublic = (state: Subject) => state in STATES && STATES[state as State].public.length > 0

/** A rule: who may, given the language of the request (translators write only their own). */
type Who = (role: Role, locale: Locale) => boolean
const roles =
  (...allowed: Role[]): Who =>
  (role) =>
    allowed.includes(role)
const either =
  (...rules: Who[]): Who =>
  (role, locale) =>
    rules.some((rule) => rule(role, locale))

const EVERYONE: Who = () => true
const NOBODY: Who = () => false
const STAFF = roles('admin', 'editor', 'reviewer', 'translatorTh', 'translatorNone')
const ADMINS = roles('admin')
const WRITERS = roles('admin', 'editor')
/** The test's translator translates into Thai; the other translator has no language on their account. */
const TRANSLATORS_IN_THEIR_LANGUAGE: Who = (role, locale) => role === 'translatorTh' && locale === 'th'

type Rules = {
  /** Reading what is published (for collections without drafts: everything). */
  readPublished: Who
  /** Reading drafts and anything not published. */
  readUnpublished: Who
  readVersions?: Who
  create: Who
  /** A draft save (content), or an update of a collection without drafts. */
  update: Who
  /** Restoring an older version rewrites every language: not for translators. */
  restoreVersion?: Who
  publish?: Who
  delete: Who
  /** Users: everyone may update their own account (roles stay admin-only, see tests/users.test.ts). */
  updateSelf?: Who
}

const MEDICAL: Rules = {
  readPublished: EVERYONE,
  readUnpublished: STAFF,
  readVersions: STAFF,
  create: WRITERS,
  update: either(WRITERS, TRANSLATORS_IN_THEIR_LANGUAGE),
  restoreVersion: WRITERS,
  publish: ADMINS,
  delete: ADMINS,
}
/** Written only by the review workflow and the translation tracker, never through the API. */
const SYSTEM_RECORD: Rules = { readPublished: STAFF, readUnpublished: STAFF, create: NOBODY, update: NOBODY, delete: NOBODY }

export const POLICY: Record<Target, Rules> = {
  articles: MEDICAL,
  conditions: MEDICAL,
  'treatment-methods': MEDICAL,
  contraindications: MEDICAL,
  media: { readPublished: EVERYONE, readUnpublished: EVERYONE, create: WRITERS, update: WRITERS, delete: ADMINS },
  users: { readPublished: STAFF, readUnpublished: STAFF, create: ADMINS, update: ADMINS, updateSelf: STAFF, delete: ADMINS },
  'review-states': SYSTEM_RECORD,
  'review-events': SYSTEM_RECORD,
  'translation-states': SYSTEM_RECORD,
  'clinic-profile': { readPublished: EVERYONE, readUnpublished: EVERYONE, create: NOBODY, update: ADMINS, delete: NOBODY },
}

/** Who takes which review step (docs/workflow.md), and from which stage. */
export const REVIEW_STEPS = {
  submit: { who: either(WRITERS, TRANSLATORS_IN_THEIR_LANGUAGE), from: ['draft', 'changes_requested'] },
  withdraw: { who: either(WRITERS, TRANSLATORS_IN_THEIR_LANGUAGE), from: ['in_review'] },
  approve: { who: roles('admin', 'reviewer'), from: ['in_review'] },
  request_changes: { who: roles('admin', 'reviewer'), from: ['in_review'] },
} as const satisfies Record<string, { who: Who; from: readonly string[] }>
export type ReviewStep = keyof typeof REVIEW_STEPS

/** The translation API (docs/translation.md): staff read; reviewers do not write; translators only their languages. */
export const TRANSLATION_API = {
  read: either(roles('admin', 'editor', 'reviewer'), TRANSLATORS_IN_THEIR_LANGUAGE),
  write: either(WRITERS, TRANSLATORS_IN_THEIR_LANGUAGE),
}

export const OPERATIONS = [
  'find',
  'findByID',
  'count',
  'versions',
  'create',
  'update',
  'publish',
  'delete',
  'restoreVersion',
  'duplicate',
  'bulkUpdate',
  'bulkDelete',
] as const
export type Operation = (typeof OPERATIONS)[number]

/** The expected answer of one cell of the collection matrix. */
export function expected(role: Role, target: Target, op: Operation, subject: Subject, locale: Locale): Outcome {
  const rules = POLICY[target]
  const may = (rule: Who | undefined) => Boolean(rule?.(role, locale))
  switch (op) {
    case 'find':
    case 'findByID':
    case 'count': {
      if (may(rules.readUnpublished)) return 'allow'
      if (!may(rules.readPublished)) return 'deny'
      return isPublic(subject) ? 'allow' : 'hidden'
    }
    case 'versions':
      return may(rules.readVersions) ? 'allow' : 'deny'
    case 'create':
    case 'duplicate':
      return may(rules.create) ? 'allow' : 'deny'
    case 'update':
    case 'bulkUpdate':
      if (target === 'users' && subject === 'self' && may(rules.updateSelf)) {
        // This translator's account breaks a rule (a translator needs a language), so no save of it passes validation.
        return role === 'translatorNone' ? 'invalid' : 'allow'
      }
      if (may(rules.update)) return 'allow'
      // Someone who may change only their own account: refused by id; a bulk update finds no one else.
      if (target === 'users' && may(rules.updateSelf)) return op === 'bulkUpdate' ? 'hidden' : 'deny'
      return 'deny'
    case 'restoreVersion':
      return may(rules.restoreVersion) ? 'allow' : 'deny'
    case 'delete':
    case 'bulkDelete':
      return may(rules.delete) ? 'allow' : 'deny'
    case 'publish': {
      if (!may(rules.publish)) return 'deny'
      // An admin publishes only what a reviewer approved: `locale` is the language published ('all': every one).
      const state = STATES[subject as State]
      // Thai alone goes public only where the English already is: the shared fields belong to the English review.
      if (locale === 'th' && !(state.public as readonly string[]).includes('en')) return 'conflict'
      const languages = locale === 'all' ? (['en', 'th'] as const) : [locale as 'en' | 'th']
      return languages.every((language) => state[language] === 'approved' || state[language] === 'published') ? 'allow' : 'conflict'
    }
  }
}

/** The expected answer of a review step (POST /api/<collection>/<id>/review). */
export function expectedReviewStep(role: Role, step: ReviewStep, state: State, locale: 'en' | 'th'): Outcome {
  const rule = REVIEW_STEPS[step]
  if (role === 'anonymous') return 'deny'
  if (!rule.who(role, locale)) return 'deny'
  return (rule.from as readonly string[]).includes(STATES[state][locale]) ? 'allow' : 'conflict'
}
