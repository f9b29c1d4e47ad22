import type { CollectionBeforeOperationHook } from 'payload'

import { ClientInputError } from '@/errors/ClientInputError'

/** A plain file name: no folders (`/`, `\`), no `..`, no control characters, not hidden, not too long. */
export function isPlainFileName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length > 0 && name.length <= 255 && !/[/\\\u0000-\u001f\u007f]/.test(name) && !name.startsWith('.') && !name.includes('..')
}

/**
 * Browsers send a file's own name, never a path: a name such as `../../etc/passwd.png` comes from a
 * hand-made request. Over HTTP the raw name is checked before the form parser strips its folders
 * (src/server/bodyShape.ts); this hook holds uploads that reach Payload otherwise (scripts, the
 * local API) to the same rule.
 */
export const refuseUnsafeFileNames: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const name = req.file?.name
  if (typeof name === 'string' && !isPlainFileName(name)) {
    throw new ClientInputError('unsafeFileName', { name: name.slice(0, 100) })
  }
  return args
}
