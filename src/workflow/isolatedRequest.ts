import { isolateObjectProperty, type PayloadRequest } from 'payload'

/**
 * The request of an ongoing operation for the hooks' own local API calls: same user and
 * transaction, but its own locale, fallback and context. Payload sets those on `req` for every
 * local call, so a hook reading the Thai version would otherwise make the operation write English
 * data into Thai, and documents of a bulk update (processed in parallel) would disturb each other.
 */
export const isolatedRequest = (req: PayloadRequest): PayloadRequest =>
  isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])
