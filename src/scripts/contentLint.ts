/**
 * npm run lint:content                  the sample content (src/seed/content)
 * npm run lint:content -- --url <base>  every published document of a running CMS, read as the public reads it
 *
 * Checks medical content against the rules of src/contentLint (plus CONTENT_RULES_FILE, a clinic's
 * own) and prints what it finds, one line each. Exits 1 when it finds something, 2 when it cannot run.
 */
import { readPublishedContent } from '../contentLint/fromApi'
import { seedLintDocuments } from '../contentLint/fromSeed'
import { formatFindings, lintDocuments } from '../contentLint/lint'
import { loadContentRules } from '../contentLint/loadRules'
import { loadConfigOffline } from './loadConfigOffline'
import { complain, say } from './say'

const args = process.argv.slice(2)
const urlIndex = args.indexOf('--url')
const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined

try {
  const rules = loadContentRules(process.env.CONTENT_RULES_FILE)
  const config = await loadConfigOffline()
  const { documents, emergencyNumber } = url ? await readPublishedContent(url, config) : { documents: seedLintDocuments(config), emergencyNumber: undefined }
  const findings = lintDocuments(documents, rules, { emergencyNumber })
  say(`${url ? `published content at ${url}` : 'sample content'}, ${rules.length} rules`)
  say(formatFindings(findings, documents.length))
  process.exit(findings.length > 0 ? 1 : 0)
} catch (error) {
  complain(`content lint could not run: ${(error as Error).message}`)
  process.exit(2)
}
