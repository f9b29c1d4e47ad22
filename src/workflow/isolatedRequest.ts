import { isolateObjectProperty, type PayloadRequest } from 'payload'

import { INTENT } from './publication'

/**
 * The request of an ongoing operation for the hooks' own local API calls: same user and
 * transaction, but its own locale, fallback and context. Payload sets those on `req` for every
 * local call, so a hook reading the Thai version would otherwise make the operation write English
 * data into Thai, and documents of a bulk update (processed in parallel) would disturb each other.
 * The publication intent too: a write made with this request must not replace the operation's own.
 * Its context is a copy without Payload's `isRestoringVersion` flag, which would make the hooks'
 * own writes during a version restore skip the stored values of fields they do not send.
 */
export function isolatedRequest(req: PayloadRequest): PayloadRequest {
  const isolated = isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context', INTENT as unknown as keyof PayloadRequest])
  const { isRestoringVersion: _restoring, ...context } = req.context ?? {}
  isolated.context = context
  return isolated
}
