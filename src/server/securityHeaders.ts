import { randomBytes } from 'node:crypto'
import type { RequestHandler } from 'express'

import { needsNonce, securityHeadersFor, surfaceOf, type Routes } from './securityPolicies'

export type SecurityHeaderSettings = {
  env: { serverURL: string; isProduction: boolean; serveAdmin: boolean }
  config: { routes: Routes }
}

/**
 * Security headers on every response (rules in securityPolicies.ts). Pages Next renders get a
 * fresh script nonce: Next reads it from the request's Content-Security-Policy header (as it does
 * when its own proxy sets one) and puts it on every script tag it writes, so the policy is set on
 * the request here and sent back unchanged. A policy sent by the client never reaches Next.
 * Handlers may still replace a header for their own responses (uploaded files do).
 */
export function securityHeaders({ env, config }: SecurityHeaderSettings): RequestHandler {
  const routes = config.routes
  const development = !env.isProduction
  return (req, res, next) => {
    delete req.headers['content-security-policy']
    delete req.headers['content-security-policy-report-only']
    const surface = surfaceOf(req.path, routes, env.serveAdmin)
    const nonce = needsNonce(surface) ? randomBytes(16).toString('base64') : undefined
    const headers = securityHeadersFor(surface, { serverURL: env.serverURL, development, nonce })
    res.set(headers)
    if (nonce) req.headers['content-security-policy'] = headers['Content-Security-Policy']
    next()
  }
}
