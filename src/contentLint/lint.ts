import { checkRule, type LintContext } from './checks'
import type { Finding, LintDocument } from './document'
import type { ContentRule } from './ruleTypes'

export const DEFAULT_EMERGENCY_NUMBER = '1669'

/** Every finding of every rule on every document, in document order. */
export function lintDocuments(documents: LintDocument[], rules: ContentRule[], context: Partial<LintContext> = {}): Finding[] {
  const lint: LintContext = { emergencyNumber: context.emergencyNumber || DEFAULT_EMERGENCY_NUMBER }
  return documents.flatMap((doc) => rules.flatMap((rule) => checkRule(rule, doc, lint)))
}

/** One line per finding, grouped by document, for a terminal or a CI log. */
export function formatFindings(findings: Finding[], checked: number): string {
  if (findings.length === 0) return `content lint: ${checked} documents, no findings`
  const lines = [`content lint: ${findings.length} finding${findings.length === 1 ? '' : 's'} in ${checked} documents`]
  let current = ''
  for (const finding of findings) {
    const doc = `${finding.collection}/${finding.name}`
    if (doc !== current) lines.push(doc)
    current = doc
    lines.push(`  ${finding.where ? `${finding.where}: ` : ''}${finding.message} [${finding.rule}]`)
  }
  return lines.join('\n')
}
