import fs from 'node:fs'

/** Synchronous output: scripts end with process.exit, which can drop buffered pipe writes. */
export const say = (line: string): void => {
  fs.writeSync(1, `${line}\n`)
}
export const complain = (line: string): void => {
  fs.writeSync(2, `${line}\n`)
}
