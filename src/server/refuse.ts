import type { Request, Response } from 'express'

import { translator, UI_LANGUAGES, type UiLanguage } from '../i18n'
import type { Logger } from './logger'
import { messageLanguage } from './negotiateLocale'

/** The language of our own messages to a request: its `?locale=`, else `Accept-Language`. */
export function languageOf(req: Request): UiLanguage {
  const query = new URL(req.originalUrl, 'http://localhost').searchParams
  return messageLanguage(query, req.headers['accept-language'], UI_LANGUAGES, 'en') as UiLanguage
}

/**
 * Answers a request the server refuses before Payload sees it, in Payload's error shape
 * (`{ errors: [{ message }] }`) and the caller's language; the message is a key of `errors`.
 */
export function refuse(req: Request, res: Response, status: number, key: string, params: Record<string, unknown> = {}): void {
  const language = languageOf(req)
  // Why, at info and in English, like every client mistake (its request line says warn).
  ;(res.locals.log as Logger | undefined)?.info(translator('en', 'errors')(key, params), { requestId: res.locals.requestId, status })
  res
    .status(status)
    .set('Content-Language', language)
    .json({ errors: [{ message: translator(language, 'errors')(key, params) }] })
}
