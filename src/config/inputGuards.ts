import fs from 'node:fs'
import path from 'node:path'
import type { CollectionConfig, Endpoint, GlobalConfig, PayloadHandler } from 'payload'

import { requestLanguage, translator } from '@/i18n'
import { refuseBadReadArgs } from '@/hooks/readArgs'
import { refuseMalformedData, refuseMalformedGlobalData } from '@/hooks/refuseMalformedData'
import { isPlainFileName, refuseUnsafeFileNames } from '@/hooks/refuseUnsafeFileNames'

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * A file that is not in the media folder is a 404 (Payload answers 500 and logs an error). Runs
 * before Payload serves the file from disk, which it still does for every file that exists.
 */
const missingFileIsNotFound =
  (staticDir: string) =>
  (req: Parameters<PayloadHandler>[0], { params }: { params: { filename: string } }): Response | undefined => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    const inside = file.startsWith(dir + path.sep) && isPlainFileName(params.filename)
    if (inside && fs.existsSync(file) && fs.statSync(file).isFile()) return undefined
    return problem(404, translator(requestLanguage(req), 'errors')('fileNotFound', { name: params.filename.slice(0, 100) }))
  }

/** Without email verification, `POST /verify/<token>` is a 404 (Payload queries a column that does not exist: a 500). */
const verificationIsOff: Endpoint = {
  path: '/verify/:id',
  method: 'post',
  handler: (req) => problem(404, translator(requestLanguage(req), 'errors')('verificationOff')),
}

/**
 * Guards against malformed input that every collection shares, so that each says it the same way:
 * data of the wrong shape (drafts included), list arguments out of bounds, unsafe upload file
 * names, missing media files, and email verification where it is off. Added in front of each
 * collection's own hooks, so those only ever see well-formed data.
 */
export function withInputGuards(collection: CollectionConfig): CollectionConfig {
  const upload = collection.upload && typeof collection.upload === 'object' ? collection.upload : undefined
  const auth = collection.auth && typeof collection.auth === 'object' ? collection.auth : collection.auth ? {} : undefined
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseBadReadArgs, refuseMalformedData, ...(upload ? [refuseUnsafeFileNames] : []), ...(collection.hooks?.beforeOperation ?? [])],
    },
    ...(upload && upload.staticDir
      ? { upload: { ...upload, handlers: [missingFileIsNotFound(upload.staticDir), ...(upload.handlers ?? [])] } }
      : {}),
    ...(auth && !auth.verify ? { endpoints: [verificationIsOff, ...(collection.endpoints || [])] } : {}),
  }
}

export function globalWithInputGuards(global: GlobalConfig): GlobalConfig {
  return { ...global, hooks: { ...global.hooks, beforeOperation: [refuseMalformedGlobalData, ...(global.hooks?.beforeOperation ?? [])] } }
}
