/**
 * The last guard before a line leaves the process: whatever wrote it (our code, Payload, a
 * library's error message), these never reach a log. Development keeps what a developer on their
 * own machine needs: the sample accounts' passwords printed at start and password-reset links in
 * the emails written to the log instead of being sent (see the README).
 */
const REDACTED = '[redacted]'
const jsonString = String.raw`"(?:[^"\\]|\\.)*"`

const ALWAYS: Array<[RegExp, string]> = [
  // JSON Web Tokens (Payload's login tokens), wherever they appear.
  [/eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]+/g, REDACTED],
  // Authorization header values: JWT <token>, Bearer <token>, Basic <credentials>, <collection> API-Key <key>.
  [/\b(JWT|Bearer|Basic|API-Key)(\s+|%20)[\w.~+/=-]{16,}/g, `$1$2${REDACTED}`],
  // The login cookie, in a Cookie or Set-Cookie header or anywhere else.
  [/\b(payload-token=)[^;\s"\\]+/g, `$1${REDACTED}`],
  // Fields that hold credentials, in JSON lines: any *token*, *secret* or *apiKey*, and these.
  [new RegExp(String.raw`"(\w*(?:token|secret|apikey)\w*|authorization|cookie|set-cookie|hash|salt)"\s*:\s*${jsonString}`, 'gi'), `"$1":"${REDACTED}"`],
]

const OUTSIDE_DEVELOPMENT: Array<[RegExp, string]> = [
  [new RegExp(String.raw`"(\w*password)"\s*:\s*${jsonString}`, 'gi'), `"$1":"${REDACTED}"`],
  // Password-reset links (/admin/reset/<token>) and any token in a query string.
  [/(\/reset\/)[\w.-]{16,}/g, `$1${REDACTED}`],
  [/([?&]token=)[\w.-]{16,}/g, `$1${REDACTED}`],
]

export function redactSecrets(line: string, development: boolean): string {
  let result = line
  for (const [pattern, replacement] of development ? ALWAYS : [...ALWAYS, ...OUTSIDE_DEVELOPMENT]) {
    result = result.replace(pattern, replacement)
  }
  return result
}
