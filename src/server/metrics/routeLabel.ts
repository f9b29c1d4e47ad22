/**
 * The `route` label of the request metrics: a path with its ids taken out, from a bounded set, so
 * that every document read does not become a time series of its own.
 * `/api/articles/12` → `/api/:collection/:id`, `/api/users/login` → `/api/:collection/login`,
 * `/api/media/file/x.png` → `/api/:collection/file/:filename`, `/en/articles/back-pain` → `/site`.
 */
export type Routes = { api: string; admin: string }

const OWN_ROUTES = new Set(['/healthz', '/readyz', '/metrics'])

/** First segments under /api that are not collections: Payload's own and our custom endpoints. */
const API_ROOTS = new Set(['graphql', 'graphql-playground', 'globals', 'access', 'review-queue', 'translations'])

/** Fixed words in Payload's routes and our custom endpoints; any other segment is a parameter. */
const API_WORDS = new Set([
  'access',
  'api-key',
  'confirm',
  'count',
  'distinct',
  'duplicate',
  'export',
  'file',
  'first-register',
  'forgot-password',
  'import',
  'init',
  'login',
  'logout',
  'me',
  'refresh-token',
  'reset-password',
  'reveal',
  'review',
  'status',
  'unlock',
  'verify',
  'versions',
])

const MAX_API_SEGMENTS = 5

function apiRoute(segments: string[]): string {
  const labels = segments.slice(0, MAX_API_SEGMENTS).map((segment, index) => {
    if (index === 0) return API_ROOTS.has(segment) ? segment : ':collection'
    const previous = segments[index - 1]
    if (previous === 'globals' && index === 1) return ':global'
    if (previous === 'file') return ':filename'
    if (API_WORDS.has(segment)) return segment
    return /^\d+$/.test(segment) ? ':id' : ':param'
  })
  return ['', ...labels].join('/') + (segments.length > MAX_API_SEGMENTS ? '/…' : '')
}

const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`)

export function routeLabel(path: string, routes: Routes): string {
  if (OWN_ROUTES.has(path)) return path
  if (under(path, routes.api)) {
    const segments = path.slice(routes.api.length).split('/').filter(Boolean)
    return `${routes.api}${segments.length ? apiRoute(segments) : ''}`
  }
  if (under(path, routes.admin)) return '/admin'
  if (under(path, '/_next')) return '/_next'
  if (under(path, '/kiosk')) return '/kiosk'
  return '/site'
}
