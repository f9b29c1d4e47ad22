import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

const require = createRequire(import.meta.url)
const projectRoot = path.resolve(import.meta.dirname, '../..')

/** Debian's chromium (apt-get install -y chromium); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const SCREENSHOT_DIR = path.join(projectRoot, 'test-results', 'screenshots')

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }

/** Runs axe-core on the page; throws listing every serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  // Evaluated rather than added as a <script>: the pages' Content-Security-Policy refuses inline scripts without its nonce.
  await page.evaluate(source)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
      resultTypes: ['violations'],
    })
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.slice(0, 5).map(({ target, failureSummary }) => ({ target, failureSummary })),
    }))
  })
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  if (blocking.length > 0) {
    const lines = blocking.map((violation) => `- ${violation.impact} ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n')}`)
    throw new Error(`${label}: ${blocking.length} serious/critical accessibility violation(s):\n${lines.join('\n')}`)
  }
}

/** A full-page screenshot under test-results/screenshots (gitignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

const VIOLATION_MARK = '[csp-violation]'

/**
 * Collects every Content-Security-Policy violation in the context's pages and frames (iframes
 * included): the `securitypolicyviolation` events, reported by an init script (which the policy
 * does not govern), and Chromium's own console messages about refused content.
 */
export async function watchContentSecurityPolicy(context: BrowserContext): Promise<string[]> {
  const violations: string[] = []
  await context.addInitScript((mark) => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => console.error(`${mark} ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`),
      true,
    )
  }, VIOLATION_MARK)
  context.on('console', (message) => {
    const text = message.text()
    if (text.startsWith(VIOLATION_MARK) || /Content Security Policy|Refused to (load|execute|apply|connect|frame|create)/i.test(text)) violations.push(`${message.location().url}: ${text}`)
  })
  return violations
}
