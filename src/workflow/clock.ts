/**
 * The workflow's notion of "now". Time-based rules (re-review due, scheduled publishing) read it
 * here so tests can move time instead of waiting for it.
 */
let source: () => Date = () => new Date()

export const now = (): Date => source()

/** Tests only: replace the clock; call with no argument to go back to real time. */
export function setClock(fixed?: Date | (() => Date)): void {
  source = fixed === undefined ? () => new Date() : typeof fixed === 'function' ? fixed : () => fixed
}
