import fs from 'node:fs'

/**
 * One progress line on stderr: rewritten in place in a terminal; in a log (CI, cron) a line at most
 * every few seconds, so long runs show they are alive without flooding the log.
 */
export function progressLine(intervalMs = 3_000): { update(text: string, milestone?: boolean): void; clear(): void } {
  const terminal = process.stderr.isTTY === true
  let lastWrite = 0
  let shown = false
  return {
    /** A milestone (e.g. the end of a phase) is always written to a log. */
    update(text, milestone = false) {
      const now = Date.now()
      if (terminal) {
        fs.writeSync(2, `\r${text}\x1b[K`)
        shown = true
      } else if (milestone || now - lastWrite >= intervalMs) {
        fs.writeSync(2, `${text}\n`)
        lastWrite = now
      }
    },
    clear() {
      if (terminal && shown) fs.writeSync(2, '\r\x1b[K')
      shown = false
    },
  }
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

export const formatCount = (value: number): string => value.toLocaleString('en-US')
