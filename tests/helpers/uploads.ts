import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

/** A PNG of the given size: one flat colour, or random pixels (`noise`) that do not compress. */
export async function png(width: number, height: number, { noise = false, shade = 180 }: { noise?: boolean; shade?: number } = {}): Promise<Buffer> {
  const raw = noise ? randomBytes(width * height * 3) : Buffer.alloc(width * height * 3, shade)
  return sharp(raw, { raw: { width, height, channels: 3 } }).png().toBuffer()
}

/**
 * The multipart body the admin sends for an upload: the file, and the document's other fields as
 * JSON in `_payload` (a string is sent as it is, to send malformed JSON).
 */
export function uploadForm(file: Buffer | string, filename: string, type: string, data: unknown = { alt: 'An image' }): FormData {
  const form = new FormData()
  form.append('file', new Blob([typeof file === 'string' ? file : new Uint8Array(file)], { type }), filename)
  form.append('_payload', typeof data === 'string' ? data : JSON.stringify(data))
  return form
}
