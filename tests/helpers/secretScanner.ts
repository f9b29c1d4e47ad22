import fs from 'node:fs'
import path from 'node:path'

import { SAMPLE_USERS } from '../../src/seed/sampleUsers'
import { STAFF_PASSWORD } from './staff'

/** Passwords and tokens the tests type in; none may appear in any log. Add yours here. */
export const TEST_SECRETS = [
  STAFF_PASSWORD,
  'a brand new passphrase', // email.test.ts: the new password set through a reset link
  'wrong password', // users.test.ts: a failed login
  'not the password', // serverProcess.test.ts: a failed login
  'metrics-test-token-that-is-long-enough-0123456789', // metrics.test.ts: METRICS_TOKEN
]

export type SecretFinding = { rule: string; line: number; excerpt: string }
type Rule = {
  rule: string
  pattern: RegExp
  onlyOutsideDevelopment?: boolean
  /** Lines of a development process where the match is expected. */
  allowedIn?: (line: string) => boolean
}

/** A development start prints the sample accounts with their passwords (documented in the README). */
const isDevelopmentLogin = (line: string) => line.includes('"msg":"development login"')
const NOT_REDACTED = String.raw`(?!\[redacted\])`
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const RULES: Rule[] = [
  { rule: 'test password', pattern: new RegExp(TEST_SECRETS.map(escape).join('|')) },
  {
    rule: 'sample account password',
    pattern: new RegExp(SAMPLE_USERS.map((user) => escape(user.password)).join('|')),
    allowedIn: isDevelopmentLogin,
  },
  { rule: 'JSON web token', pattern: /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]+/ },
  { rule: 'Authorization header value', pattern: new RegExp(String.raw`\b(JWT|Bearer|Basic|API-Key)(\s+|%20)${NOT_REDACTED}[\w.~+/=-]{16,}`) },
  { rule: 'login cookie', pattern: new RegExp(String.raw`payload-token=${NOT_REDACTED}[^;\s"\\]+`) },
  {
    rule: 'credential field',
    pattern: new RegExp(String.raw`"(\w*(?:token|secret|apikey)\w*|authorization|cookie|set-cookie|hash|salt)"\s*:\s*"${NOT_REDACTED}[^"]+"`, 'i'),
  },
  { rule: 'password field', pattern: new RegExp(String.raw`"\w*password"\s*:\s*"${NOT_REDACTED}[^"]+"`, 'i'), allowedIn: isDevelopmentLogin },
  { rule: 'password-reset link', pattern: new RegExp(String.raw`/reset/${NOT_REDACTED}[\w.-]{16,}`), onlyOutsideDevelopment: true },
  { rule: 'token in a query string', pattern: new RegExp(String.raw`[?&]token=${NOT_REDACTED}[\w.-]{16,}`), onlyOutsideDevelopment: true },
]

/**
 * Secrets in a log. Development (a developer's own machine) may show the sample accounts'
 * passwords at start and password-reset links; nothing else may, anywhere.
 */
export function findSecrets(text: string, { development }: { development: boolean }): SecretFinding[] {
  const findings: SecretFinding[] = []
  text.split('\n').forEach((line, index) => {
    for (const { rule, pattern, onlyOutsideDevelopment, allowedIn } of RULES) {
      if (onlyOutsideDevelopment && development) continue
      if (allowedIn && development && allowedIn(line)) continue
      const match = pattern.exec(line)
      if (match) findings.push({ rule, line: index + 1, excerpt: line.slice(Math.max(0, match.index - 80), match.index + 120) })
    }
  })
  return findings
}

export type ScanResult = { files: number; lines: number; findings: Array<SecretFinding & { file: string }> }

/** Scans every log file of a run: <dir>/<NODE_ENV>/<label>-<pid>-<n>.log. */
export function scanRunLogs(dir: string): ScanResult {
  const result: ScanResult = { files: 0, lines: 0, findings: [] }
  if (!fs.existsSync(dir)) return result
  for (const nodeEnv of fs.readdirSync(dir)) {
    const envDir = path.join(dir, nodeEnv)
    if (!fs.statSync(envDir).isDirectory()) continue
    for (const name of fs.readdirSync(envDir)) {
      const file = path.join(envDir, name)
      const text = fs.readFileSync(file, 'utf8')
      result.files += 1
      result.lines += text.split('\n').length - 1
      for (const finding of findSecrets(text, { development: nodeEnv === 'development' })) {
        result.findings.push({ ...finding, file: path.relative(dir, file) })
      }
    }
  }
  return result
}
