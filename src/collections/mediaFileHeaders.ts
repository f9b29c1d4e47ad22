/**
 * How uploaded files are served. Payload sets Content-Type from the file's own bytes (magic
 * numbers, then the extension), not from what the uploader claimed. Only raster images, which a
 * browser can only ever show as a picture, are served inline; anything else (SVG, PDF, HTML, text
 * …) is a download, so a file can never run as a page on the clinic's origin. Every file response
 * also forbids content sniffing and, through its own policy, any script, style, plugin or frame.
 */

/** Raster image formats: no scripts, no links, no markup. Also the only types the media collection accepts. */
export const RASTER_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']

export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox"

const essence = (contentType: string | null) => (contentType ?? '').split(';')[0]!.trim().toLowerCase()

export function safeFileHeaders({ headers }: { headers: Headers }): Headers {
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', FILE_CONTENT_SECURITY_POLICY)
  if (!RASTER_IMAGE_TYPES.includes(essence(headers.get('content-type')))) headers.set('Content-Disposition', 'attachment')
  return headers
}
