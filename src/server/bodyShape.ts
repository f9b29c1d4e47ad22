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
  if (/^multipart\/form-data$/i.test(type.trim())) {
    const detail = multipartError(body, contentType!)
    return detail === undefined ? undefined : { status: 400, key: 'malformedForm', params: { detail } }
  }
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

/**
 * A form must name its boundary, end with the closing boundary, and its `_payload` part (the
 * document's fields, as the admin sends them) must be JSON: Payload's form parser throws on the
 * rest, which answered 500.
 */
function multipartError(body: Buffer, contentType: string): string | undefined {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  if (!boundary) return 'the Content-Type has no boundary'
  const delimiter = `--${boundary[1] ?? boundary[2]}`
  const text = body.toString('latin1')
  const end = text.lastIndexOf(`${delimiter}--`)
  if (!text.startsWith(delimiter) && !text.includes(`\r\n${delimiter}`)) return 'no part starts with the boundary'
  if (end === -1) return 'the closing boundary is missing (the body was cut short)'
  const parts = text.slice(0, end).split(delimiter).slice(1)
  for (const part of parts) {
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd === -1) return 'a part has no headers'
    if (!/name="_payload"/i.test(part.slice(0, headerEnd))) continue
    const value = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1').toString('utf8')
    const detail = jsonError(value)
    if (detail !== undefined) return `the "_payload" field is not JSON: ${detail}`
  }
  return undefined
}
