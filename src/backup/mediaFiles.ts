import fs from 'node:fs'
import path from 'node:path'

import { BackupError } from './format'

export type MediaFile = { relative: string; absolute: string; size: number; mtime: Date }

/** Every regular file under the media folder (uploads and their resized copies), sorted; none if it does not exist. */
export function listMediaFiles(mediaDir: string): MediaFile[] {
  if (!fs.existsSync(mediaDir)) return []
  const files: MediaFile[] = []
  for (const entry of fs.readdirSync(mediaDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath, entry.name)
    const stat = fs.statSync(absolute)
    files.push({ relative: path.relative(mediaDir, absolute).split(path.sep).join('/'), absolute, size: stat.size, mtime: stat.mtime })
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
}

export function isEmptyOrMissing(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

/**
 * Where an archive's media entry goes inside `root`. Archives come from outside: absolute paths,
 * `..`, empty segments or anything that would land outside the folder are refused.
 */
export function safeMediaPath(root: string, relative: string): string {
  const segments = relative.split('/')
  const bad = relative === '' || relative.includes('\\') || relative.includes('\0') || segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  const target = path.resolve(root, ...segments)
  if (bad || !target.startsWith(root + path.sep)) throw new BackupError(`The archive holds an unsafe media path (${JSON.stringify(relative)}): nothing was restored.`)
  return target
}
