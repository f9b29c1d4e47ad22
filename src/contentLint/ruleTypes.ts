/**
 * The content lint's rules are data (see defaultRules.ts): a clinic adds its own in a JSON file
 * (CONTENT_RULES_FILE) with the same shape, without touching code. Patterns are regular
 * expression sources, matched case-insensitively against the text of one language.
 */
export type Patterns = { en?: string[]; th?: string[] }

type RuleBase = {
  /** Stable name, printed with every finding. */
  id: string
  /** What is wrong, for the person fixing it (English; the finding adds where). */
  message: string
  /** Only these collections (slugs, or `clinic-profile`); all when absent. */
  collections?: string[]
}

/** A document about something (its name/title/summary match `context`) must not use these values of a select field. */
export type AvoidValuesRule = RuleBase & {
  kind: 'avoid-values'
  context: Patterns
  field: string
  avoid: string[]
}

/**
 * A document about something must not name these things, unless the same sentence says to
 * avoid them (`unlessSentence`), which is how a safety warning names them.
 */
export type AvoidTextRule = RuleBase & {
  kind: 'avoid-text'
  context: Patterns
  avoid: Patterns
  unlessSentence: Patterns
}

/** A text that mentions one thing must also say another (`{emergencyNumber}` is the clinic's). */
export type MentionRequiresRule = RuleBase & {
  kind: 'mention-requires'
  mention: Patterns
  require: Patterns
}

/** Every reference has a link a reader can follow (a URL, or a DOI). */
export type ReferenceLinkRule = RuleBase & { kind: 'reference-link' }

/** Thai text is Thai: written in Thai script, and not a copy of the English. */
export type ThaiTextRule = RuleBase & { kind: 'thai-text' }

/** A red-flag list of a document for this body region names each warning sign it requires. */
export type RedFlagsRule = RuleBase & {
  kind: 'red-flags'
  regionField: string
  regions: string[]
  list: string
  requires: Array<{ name: string } & Patterns>
}

export type ContentRule = AvoidValuesRule | AvoidTextRule | MentionRequiresRule | ReferenceLinkRule | ThaiTextRule | RedFlagsRule

export const RULE_KINDS = ['avoid-values', 'avoid-text', 'mention-requires', 'reference-link', 'thai-text', 'red-flags'] as const
