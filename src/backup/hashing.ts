import { createHash } from 'node:crypto'
import { Transform } from 'node:stream'

/** A pass-through that measures what flows through it: byte count, SHA-256 and newline count (COPY rows). */
export class Measure extends Transform {
  size = 0
  lines = 0
  private readonly hash = createHash('sha256')

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.size += chunk.length
    this.lines += countNewlines(chunk)
    this.hash.update(chunk)
    callback(null, chunk)
  }

  digest(): string {
    return this.hash.digest('hex')
  }
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

export function countNewlines(chunk: Buffer): number {
  let count = 0
  for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) count++
  return count
}
