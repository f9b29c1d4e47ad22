import { isPlainFileName } from '../hooks/refuseUnsafeFileNames'

/** What is wrong with a request body before Payload reads it, as a status and a message key of `errors`. */
export type BodyProblem = { status: 400 | 415; key: string; params: Record<string, string> }

const mediaType = (contentType: string | undefined) => (contentType ?? '').split(';', 1)[0]!

/**
 * Payload reads `application/json` (compared exactly, as here) and `multipart/form-data`; any other
 * body reached its handlers as no data at all, or as a parser crash (a 500). Those are refused
 * with a 415, and JSON that does not parse or a form that is cut short with a 400, in the caller's
 * language. An empty body (a POST to /logout) needs no type.
 */
export function bodyProblem(body: Buffer, contentType: string | undefined): BodyProblem | undefined {
  if (body.length === 0) return undefined
  const type = mediaType(contentType)
  if (type === 'application/json') {
    const detail = jsonError(body.toString('utf8'))
    return detail === undefined ? undefined : { status: 400, key: 'invalidJson', params: { detail } }
  }
  if (/^multipart\/form-data$/i.test(type.trim())) return multipartProblem(body, contentType!)
  return { status: 415, key: 'unsupportedMediaType', params: { type: type || '(none)' } }
}

function jsonError(text: string): string | undefined {
  try {
    JSON.parse(text)
    return undefined
  } catch (error) {
    return (error as Error).message.slice(0, 200)
  }
}

const malformed = (detail: string): BodyProblem => ({ status: 400, key: 'malformedForm', params: { detail } })

/** The file name a part's Content-Disposition gives, as sent (busboy would strip any folders). */
function partFileName(headers: string): string | undefined {
  const extended = /filename\*=([^']*)'[^']*'([^;\r\n]*)/i.exec(headers)
  if (extended) {
    try {
      return decodeURIComponent(extended[2]!)
    } catch {
      return extended[2]
    }
  }
  const plain = /filename=(?:"((?:[^"\\]|\\.)*)"|([^;\r\n]*))/i.exec(headers)
  return plain ? Buffer.from(plain[1] ?? plain[2] ?? '', 'latin1').toString('utf8') : undefined
}

/**
 * A form must name its boundary, end with the closing boundary, and its `_payload` part (the
 * document's fields, as the admin sends them) must be JSON: Payload's form parser throws on the
 * rest, which answered 500. A file name must be a plain name: the parser strips folders from
 * `../../etc/passwd.png` and the upload would be stored under another name than the one sent.
 */
function multipartProblem(body: Buffer, contentType: string): BodyProblem | undefined {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return malformed('the Content-Type has no boundary')
  const delimiter = `--${boundary[1] ?? boundary[2]}`
  const text = body.toString('latin1')
  const end = text.lastIndexOf(`${delimiter}--`)
  if (!text.startsWith(delimiter) && !text.includes(`\r\n${delimiter}`)) return malformed('no part starts with the boundary')
  if (end === -1) return malformed('the closing boundary is missing (the body was cut short)')
  const parts = text.slice(0, end).split(delimiter).slice(1)
  for (const part of parts) {
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd === -1) return malformed('a part has no headers')
    const headers = part.slice(0, headerEnd)
    const fileName = partFileName(headers)
    if (fileName !== undefined && fileName !== '' && !isPlainFileName(fileName)) return { status: 400, key: 'unsafeFileName', params: { name: fileName.slice(0, 100) } }
    if (!/name="_payload"/i.test(headers)) continue
    const value = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8')
    const detail = jsonError(value)
    if (detail !== undefined) return malformed(`the "_payload" field is not JSON: ${detail}`)
  }
  return undefined
}
