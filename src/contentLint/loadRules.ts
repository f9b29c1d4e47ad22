import fs from 'node:fs'

import { DEFAULT_CONTENT_RULES } from './defaultRules'
import { RULE_KINDS, type ContentRule } from './ruleTypes'

export class RulesFileError extends Error {}

const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')

/** What is wrong with one rule from a clinic's file, or undefined. Patterns must compile. */
function problemOf(rule: Record<string, unknown>): string | undefined {
  if (typeof rule.id !== 'string' || !rule.id) return 'needs an "id"'
  if (!RULE_KINDS.includes(rule.kind as never)) return `has kind "${String(rule.kind)}"; use one of ${RULE_KINDS.join(', ')}`
  if (typeof rule.message !== 'string' || !rule.message) return 'needs a "message"'
  if (rule.collections !== undefined && !isStringList(rule.collections)) return '"collections" must be a list of names'
  for (const key of ['context', 'avoid', 'unlessSentence', 'mention', 'require']) {
    const patterns = rule[key]
    if (patterns === undefined || (rule.kind === 'avoid-values' && key === 'avoid')) continue
    for (const language of ['en', 'th']) {
      const sources = (patterns as Record<string, unknown>)[language]
      if (sources === undefined) continue
      if (!isStringList(sources)) return `"${key}.${language}" must be a list of patterns`
      for (const source of sources as string[]) {
        try {
          new RegExp(source.replaceAll('{emergencyNumber}', '0'), 'iu')
        } catch {
          return `"${key}.${language}" has a pattern that is not a regular expression: ${source}`
        }
      }
    }
  }
  return undefined
}

/**
 * The default rules plus a clinic's own (CONTENT_RULES_FILE: a JSON list of rules of the same
 * shape). A rule with the id of a default one replaces it, so a clinic can make it stricter.
 */
export function loadContentRules(file: string | undefined): ContentRule[] {
  if (!file) return DEFAULT_CONTENT_RULES
  let parsed: unknown
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new RulesFileError(`content rules file ${file}: ${(error as Error).message}`)
  }
  if (!Array.isArray(parsed)) throw new RulesFileError(`content rules file ${file}: must hold a JSON list of rules`)
  parsed.forEach((rule, index) => {
    const problem = rule && typeof rule === 'object' ? problemOf(rule as Record<string, unknown>) : 'is not an object'
    if (problem) throw new RulesFileError(`content rules file ${file}: rule ${index + 1} ${problem}`)
  })
  const own = parsed as ContentRule[]
  return [...DEFAULT_CONTENT_RULES.filter((rule) => !own.some((mine) => mine.id === rule.id)), ...own]
}
