export type Language = 'en' | 'th'

/** One localized text of a document, in both languages (`th` null when it has none of its own). */
export type LintText = { path: string; en: string; th: string | null }

/**
 * What the lint reads of a document, the same whether it comes from the sample content or from
 * the API: its texts, its lists per language, its select values and its references.
 */
export type LintDocument = {
  collection: string
  /** The slug, or the global's name. */
  name: string
  /** Texts that say what the document is about (name, title, summary): the context of a rule. */
  about: { en: string; th: string }
  texts: LintText[]
  lists: Record<string, { en: string[]; th: string[] }>
  values: Record<string, string[]>
  references: Array<{ title: string; url?: string | null; doi?: string | null }>
}

export type Finding = {
  rule: string
  collection: string
  name: string
  /** Where: a field path, with the language when it concerns one. */
  where?: string
  message: string
}

export const ABOUT_FIELDS = ['name', 'title', 'summary', 'excerpt']
