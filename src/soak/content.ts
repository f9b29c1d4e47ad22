import { richText } from '../seed/lexical'
import { plainText } from '../translation/translatableFields'

/** The collections whose documents the soak's stories write. */
export type StoryCollection = 'conditions' | 'articles'
export type Locale = 'en' | 'th'

/** Field values as the soak sent them, by field name (only the fields it writes). */
export type Fields = Record<string, unknown>

const REGIONS = ['neck', 'lower-back', 'shoulder', 'knee', 'hip']

/** Unique in the run and across runs on the same database: slugs are unique per collection. */
export const storyName = (run: string, serial: number, collection: StoryCollection) =>
  `Soak ${run} ${collection === 'articles' ? 'article' : 'condition'} ${serial}`

/** A new document in English, with the fields its collection requires. */
export function englishDraft(collection: StoryCollection, name: string): Fields {
  if (collection === 'conditions') {
    return {
      name,
      summary: `${name}: what it is and when acupuncture helps.`,
      bodyRegions: [REGIONS[name.length % REGIONS.length]],
      symptoms: [{ text: `${name}: pain that comes and goes` }, { text: `${name}: stiffness in the morning` }],
    }
  }
  return {
    title: name,
    excerpt: `${name}: what to expect at your first visit.`,
    body: richText([`${name}: before your visit.`, `${name}: during the session.`]),
    references: [{ title: 'Acupuncture: What You Need To Know', publisher: 'NCCIH', year: 2022 }],
  }
}

/** One English edit of a draft; `revision` makes every save's content unique. */
export function englishEdit(collection: StoryCollection, name: string, revision: number): Fields {
  if (collection === 'conditions') return { summary: `${name}: summary, revision ${revision}.` }
  return {
    excerpt: `${name}: excerpt, revision ${revision}.`,
    body: richText([`${name}: before your visit, revision ${revision}.`, `${name}: during the session.`, `${name}: afterwards, revision ${revision}.`]),
  }
}

/** What the soak's translator writes for an English text (NFC, as the server stores it). */
export const thai = (english: string) => `ไทย: ${english}`.normalize('NFC')

/** The Thai the translator's import should leave, field by field, for the English of a document. */
export function expectedThai(english: Fields): Fields {
  const result: Fields = {}
  for (const [field, value] of Object.entries(english)) {
    if (typeof value === 'string') result[field] = thai(value)
    else if (isRichText(value)) result[field] = plainText(value).split('\n\n').map(thai).join('\n\n')
    else if (Array.isArray(value) && value.every((row) => typeof row?.text === 'string')) {
      result[field] = value.map((row) => ({ text: thai(row.text) }))
    }
  }
  return result
}

/** The fields a translator changes: localized text (not bodyRegions, references or other shared fields). */
export const TRANSLATED_FIELDS: Record<StoryCollection, string[]> = {
  conditions: ['name', 'summary', 'symptoms'],
  articles: ['title', 'excerpt', 'body'],
}

const isRichText = (value: unknown): boolean => typeof value === 'object' && value !== null && 'root' in value

/**
 * The value in a comparable form: rich text as its plain text, lists of `{ text }` rows as their
 * texts, shared relationship rows without their ids; strings as they are.
 */
export function comparable(value: unknown): unknown {
  if (isRichText(value)) return plainText(value)
  if (typeof value === 'string') return value
  if (Array.isArray(value)) {
    return value.map((row) => (row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([key]) => key !== 'id' && (row as Fields)[key] !== null)) : row))
  }
  return value ?? null
}

/** Field names whose value in `actual` differs from `expected`, with both values, or [] when all match. */
export function differences(expected: Fields, actual: Fields | undefined): string[] {
  const found: string[] = []
  for (const [field, value] of Object.entries(expected)) {
    const want = JSON.stringify(comparable(value))
    const got = JSON.stringify(comparable(actual?.[field]))
    if (want !== got) found.push(`${field}: expected ${want.slice(0, 200)}, got ${String(got).slice(0, 200)}`)
  }
  return found
}
