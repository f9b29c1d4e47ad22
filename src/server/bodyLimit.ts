import type { Request, Response } from 'express'

import { refuse } from './refuse'

/** Room for a form's other parts (`_payload` with the document's fields, part headers) beside the file. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024

export type BodyLimits = {
  /** JSON, GraphQL and any other body that is not a form upload (MAX_JSON_BODY_MB). */
  json: number
  /** multipart/form-data: the largest upload (MEDIA_MAX_FILE_SIZE_MB) plus the form around it. */
  multipart: number
  /** Paths that read a body format of their own (translation files), with their own limit, by full pathname. */
  ownFormat: Record<string, number>
}

/** The most bytes a request to this path, with this content type, may send. */
export function bodyLimitFor(limits: BodyLimits, pathname: string, contentType: string | undefined): number {
  const own = limits.ownFormat[pathname]
  if (own !== undefined) return own
  return /^multipart\/form-data\b/i.test(contentType ?? '') ? limits.multipart : limits.json
}

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`)
  }
}

/**
 * Reads a whole request body, but never more than `limit` bytes: a declared `Content-Length` over
 * the limit is refused before reading anything, and a streamed (chunked) body as soon as it passes
 * the limit. Nothing downstream sees a body that was cut short, so nothing half-written can follow.
 * On refusal the stream is left paused: the caller answers and closes the connection.
 */
export function readBoundedBody(req: Request, limit: number): Promise<Buffer> {
  const declared = req.headers['content-length']
  if (declared !== undefined && Number(declared) > limit) return Promise.reject(new BodyTooLarge(limit))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const cleanup = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        cleanup()
        req.pause()
        reject(new BodyTooLarge(limit))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanup()
      resolve(Buffer.concat(chunks, size))
    }
    const onError = (error: Error) => {
      cleanup()
      reject(error)
    }
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
  })
}

/** The 413 for a body over the limit; the rest of the body is not read, so the connection closes after it. */
export function refuseTooLarge(req: Request, res: Response, limit: number): void {
  res.setHeader('Connection', 'close')
  res.once('finish', () => req.resume())
  refuse(req, res, 413, 'bodyTooLarge', { limit: Math.round((limit / 1024 / 1024) * 10) / 10 })
}
