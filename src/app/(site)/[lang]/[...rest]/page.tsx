import { notFound } from 'next/navigation'

// Rendered per request like every website page, so it carries the request's CSP nonce.
export const dynamic = 'force-dynamic'

/**
 * Any other address under a language: the website's own "not found" page, inside its layout,
 * instead of Next's built-in one (prerendered once, so its scripts carry no nonce and the
 * Content-Security-Policy refuses them).
 */
export default function UnknownSitePage(): never {
  notFound()
}
