/**
 * Which security headers each kind of response gets. Pure rules, applied by `securityHeaders.ts`;
 * what each header is for is in docs/security.md ("Headers and uploads").
 */

/**
 * - `api`: Payload's REST/GraphQL JSON, our own JSON routes and health probes.
 * - `playground`: the GraphQL playground (development only), an HTML page from a CDN.
 * - `admin`: Payload's admin (Next).
 * - `site`: the website and whatever else Next renders (404s, public files).
 * - `kiosk`: the waiting-room kiosk (Next).
 * - `asset`: Next's build files (`/_next/`): scripts, styles, fonts, not documents.
 */
export type Surface = 'api' | 'playground' | 'admin' | 'site' | 'kiosk' | 'asset'

export type Routes = { api: string; admin: string; graphQLPlayground: string }

/** JSON endpoints of our own outside the API route. */
const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics'])

const KIOSK_PATH = /^\/kiosk(\/|$)/

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

/** `servesPages`: false in API-only processes (SERVE_ADMIN=false), where every answer is JSON. */
export function surfaceOf(path: string, routes: Routes, servesPages = true): Surface {
  if (under(path, routes.api)) return path === `${routes.api}${routes.graphQLPlayground}` ? 'playground' : 'api'
  if (PROBE_PATHS.has(path) || !servesPages) return 'api'
  if (under(path, routes.admin)) return 'admin'
  if (KIOSK_PATH.test(path)) return 'kiosk'
  if (path.startsWith('/_next/')) return 'asset'
  return 'site'
}

/** Surfaces whose HTML Next renders: they get a fresh script nonce per request. */
export const needsNonce = (surface: Surface): boolean => surface === 'admin' || surface === 'site' || surface === 'kiosk'

export type PolicyOptions = {
  /** SERVER_URL: media URLs are absolute on it; https turns on HSTS. */
  serverURL: string
  /** Next's development server evaluates code for hot reload (`'unsafe-eval'`). */
  development: boolean
  /** The script nonce of this response (surfaces where `needsNonce`). */
  nonce?: string
}

/** Nothing may load, run or frame: JSON and other data. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/** Powerful browser features none of the pages use: an injected script cannot ask for them either. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'

export const HSTS = 'max-age=31536000'

const isHttps = (serverURL: string) => serverURL.startsWith('https://')

function scriptSources({ nonce, development }: PolicyOptions): string {
  // Next's inline bootstrap and RSC payload carry the nonce; the chunks they load are trusted
  // through 'strict-dynamic' ('self' only matters to browsers without CSP level 3).
  const sources = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]
  if (development) sources.push("'unsafe-eval'")
  return sources.join(' ')
}

/**
 * Style sheets from this origin only (Next links them, with the nonce): no inline styles, so an
 * injected <style> or style="" does nothing. Next's development server injects its CSS inline.
 */
function frontEndStyleSources({ nonce, development }: PolicyOptions): string {
  return development ? "'self' 'unsafe-inline'" : `'self' 'nonce-${nonce}'`
}

/**
 * The website and the kiosk: scripts and inline styles only with this response's nonce; style
 * sheets, images, fonts and API reads from this origin (media URLs are absolute on SERVER_URL,
 * which may be another host name than the one a tablet uses); the service worker from this
 * origin; nothing framed.
 */
function frontEndPolicy(options: PolicyOptions, frameAncestors: string): string {
  const serverOrigin = new URL(options.serverURL).origin
  return [
    "default-src 'self'",
    `script-src ${scriptSources(options)}`,
    `style-src ${frontEndStyleSources(options)}`,
    `img-src 'self' data: ${serverOrigin}`,
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
    ...(isHttps(options.serverURL) ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * Payload's admin: scripts only with the nonce (and what they load); its components style
 * themselves inline; upload previews are blob: URLs; the Live Preview pane frames the website on
 * this origin. JSON fields load the Monaco editor from jsDelivr (Payload's default); nothing else
 * leaves the origin.
 */
function adminPolicy(options: PolicyOptions): string {
  const serverOrigin = new URL(options.serverURL).origin
  const monaco = 'https://cdn.jsdelivr.net'
  return [
    "default-src 'self'",
    `script-src ${scriptSources(options)}`,
    `style-src 'self' 'unsafe-inline' ${monaco}`,
    `img-src 'self' data: blob: ${serverOrigin}`,
    `font-src 'self' data: ${monaco}`,
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps(options.serverURL) ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/** The Content-Security-Policy of a surface (none for build assets: a policy only acts on documents and workers). */
export function contentSecurityPolicy(surface: Surface, options: PolicyOptions): string | undefined {
  switch (surface) {
    case 'api':
      return API_CONTENT_SECURITY_POLICY
    case 'playground':
      // Its page runs inline code from a CDN; it exists in development only. Never framed.
      return "frame-ancestors 'none'"
    case 'admin':
      return adminPolicy(options)
    case 'site':
      // The admin's Live Preview pane frames website pages from this origin.
      return frontEndPolicy(options, "'self'")
    case 'kiosk':
      return frontEndPolicy(options, "'none'")
    case 'asset':
      return undefined
  }
}

/** Every security header of a response on this surface. */
export function securityHeadersFor(surface: Surface, options: PolicyOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  }
  if (isHttps(options.serverURL)) headers['Strict-Transport-Security'] = HSTS
  if (surface === 'asset') return headers
  headers['X-Frame-Options'] = surface === 'site' ? 'SAMEORIGIN' : 'DENY'
  headers['Content-Security-Policy'] = contentSecurityPolicy(surface, options)!
  if (surface !== 'api') {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin'
    headers['Permissions-Policy'] = PERMISSIONS_POLICY
  }
  return headers
}
