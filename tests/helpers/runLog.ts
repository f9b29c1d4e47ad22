import fs from 'node:fs'
import path from 'node:path'
import { inject } from 'vitest'

export type RunLog = { write: (text: string | Buffer) => void; close: () => void; file: string }

let opened = 0

/**
 * A log file of this test run for one server or process the helpers start, in a folder named for
 * its NODE_ENV (what may be logged depends on it: see secretScanner.ts). Written synchronously,
 * so nothing is lost when a test process exits.
 */
export function openRunLog(label: string, nodeEnv: string): RunLog {
  const dir = path.join(inject('runLogDir'), nodeEnv)
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${label.replace(/[^\w.-]+/g, '-')}-${process.pid}-${++opened}.log`)
  const fd = fs.openSync(file, 'a')
  let closed = false
  return {
    file,
    write: (text) => {
      if (!closed) fs.writeSync(fd, typeof text === 'string' ? Buffer.from(text) : text)
    },
    close: () => {
      if (closed) return
      closed = true
      fs.closeSync(fd)
    },
  }
}
