import type { Finding, Language, LintDocument } from './document'
import type { AvoidTextRule, AvoidValuesRule, ContentRule, MentionRequiresRule, Patterns, RedFlagsRule } from './ruleTypes'

export type LintContext = { emergencyNumber: string }

const LANGUAGES: Language[] = ['en', 'th']
const THAI_LETTER = /[\u0E01-\u0E4E]/
const LATIN_WORD = /[A-Za-z]{3,}/

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const compile = (sources: string[] | undefined, context: LintContext): RegExp[] =>
  (sources ?? []).map((source) => new RegExp(source.replaceAll('{emergencyNumber}', escape(context.emergencyNumber)), 'iu'))
const matchesAny = (text: string, patterns: RegExp[]) => patterns.some((pattern) => pattern.test(text))

/** The texts of a document in one language: every field and every list item, with where they are. */
function textsIn(doc: LintDocument, language: Language): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = []
  for (const text of doc.texts) {
    const value = text[language]
    if (value) found.push({ where: `${text.path} (${language})`, text: value })
  }
  for (const [name, list] of Object.entries(doc.lists))
    list[language].forEach((item, index) => found.push({ where: `${name}.${index} (${language})`, text: item }))
  return found
}

const isAbout = (doc: LintDocument, context: Patterns, lint: LintContext) =>
  LANGUAGES.some((language) => matchesAny(doc.about[language], compile(context[language], lint)))

/** Sentences in English; in Thai, which has no sentence punctuation, lines and list items. */
const sentencesOf = (text: string, language: Language) => text.split(language === 'en' ? /(?<=[.!?;:])\s+|\n+/ : /\n+/)

function avoidValues(rule: AvoidValuesRule, doc: LintDocument, lint: LintContext): Finding[] {
  if (!isAbout(doc, rule.context, lint)) return []
  return (doc.values[rule.field] ?? [])
    .filter((value) => rule.avoid.includes(value))
    .map((value) => ({ rule: rule.id, collection: doc.collection, name: doc.name, where: rule.field, message: `${rule.message}: "${value}"` }))
}

function avoidText(rule: AvoidTextRule, doc: LintDocument, lint: LintContext): Finding[] {
  if (!isAbout(doc, rule.context, lint)) return []
  const findings: Finding[] = []
  for (const language of LANGUAGES) {
    const avoid = compile(rule.avoid[language], lint)
    const warning = compile(rule.unlessSentence[language], lint)
    for (const { where, text } of textsIn(doc, language)) {
      for (const sentence of sentencesOf(text, language)) {
        const named = avoid.find((pattern) => pattern.test(sentence))
        if (named && !matchesAny(sentence, warning))
          findings.push({ rule: rule.id, collection: doc.collection, name: doc.name, where, message: `${rule.message}: "${sentence.trim()}"` })
      }
    }
  }
  return findings
}

function mentionRequires(rule: MentionRequiresRule, doc: LintDocument, lint: LintContext): Finding[] {
  const findings: Finding[] = []
  for (const language of LANGUAGES) {
    const mention = compile(rule.mention[language], lint)
    const require = compile(rule.require[language], lint)
    for (const { where, text } of textsIn(doc, language)) {
      if (matchesAny(text, mention) && !matchesAny(text, require))
        findings.push({ rule: rule.id, collection: doc.collection, name: doc.name, where, message: rule.message.replaceAll('{emergencyNumber}', lint.emergencyNumber) })
    }
  }
  return findings
}

const DOI = /\b10\.\d{4,9}\/\S+/
function referenceLink(rule: ContentRule, doc: LintDocument): Finding[] {
  return doc.references
    .map((reference, index) => ({ reference, index }))
    .filter(({ reference }) => !/^https?:\/\/\S+$/.test(reference.url ?? '') && !DOI.test(reference.doi ?? '') && !DOI.test(reference.title))
    .map(({ reference, index }) => ({ rule: rule.id, collection: doc.collection, name: doc.name, where: `references.${index}`, message: `${rule.message}: "${reference.title}"` }))
}

/** Letters only: URLs, numbers and punctuation say nothing about the language. */
const words = (text: string) => text.replace(/https?:\/\/\S+/g, '').replace(/[^\p{L}\p{M}]+/gu, ' ').trim()

function thaiText(rule: ContentRule, doc: LintDocument): Finding[] {
  const findings: Finding[] = []
  const problem = (where: string, detail: string) => findings.push({ rule: rule.id, collection: doc.collection, name: doc.name, where, message: `${rule.message}: ${detail}` })
  for (const text of doc.texts) {
    if (text.th === null || words(text.th) === '') continue
    if (words(text.th) === words(text.en) && LATIN_WORD.test(text.en)) problem(`${text.path} (th)`, 'the same as the English')
    else if (!THAI_LETTER.test(text.th) && LATIN_WORD.test(text.th)) problem(`${text.path} (th)`, `no Thai script in "${text.th.slice(0, 80)}"`)
  }
  for (const [name, list] of Object.entries(doc.lists))
    list.th.forEach((item, index) => {
      if (!THAI_LETTER.test(item) && LATIN_WORD.test(item)) problem(`${name}.${index} (th)`, `no Thai script in "${item.slice(0, 80)}"`)
    })
  return findings
}

function redFlags(rule: RedFlagsRule, doc: LintDocument, lint: LintContext): Finding[] {
  if (!(doc.values[rule.regionField] ?? []).some((region) => rule.regions.includes(region))) return []
  const list = doc.lists[rule.list] ?? { en: [], th: [] }
  const findings: Finding[] = []
  for (const language of LANGUAGES) {
    // A language with no list of its own shows the English one (fallback): nothing to check.
    if (language !== 'en' && list[language].length === 0) continue
    const missing = rule.requires.filter((required) => !list[language].some((item) => matchesAny(item, compile(required[language], lint))))
    if (missing.length > 0)
      findings.push({ rule: rule.id, collection: doc.collection, name: doc.name, where: `${rule.list} (${language})`, message: `${rule.message}: ${missing.map((item) => item.name).join(', ')}` })
  }
  return findings
}

export function checkRule(rule: ContentRule, doc: LintDocument, lint: LintContext): Finding[] {
  if (rule.collections && !rule.collections.includes(doc.collection)) return []
  switch (rule.kind) {
    case 'avoid-values':
      return avoidValues(rule, doc, lint)
    case 'avoid-text':
      return avoidText(rule, doc, lint)
    case 'mention-requires':
      return mentionRequires(rule, doc, lint)
    case 'reference-link':
      return referenceLink(rule, doc)
    case 'thai-text':
      return thaiText(rule, doc)
    case 'red-flags':
      return redFlags(rule, doc, lint)
  }
}
