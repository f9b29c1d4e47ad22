import type { PayloadRequest } from 'payload'

/**
 * Runs local API calls made with the request of an ongoing operation, then puts the request's
 * locale and fallback back: Payload sets both on `req` for every local call, so a hook that reads
 * the Thai version would otherwise make the operation write English data into Thai.
 */
export async function keepRequestLocale<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await work()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
