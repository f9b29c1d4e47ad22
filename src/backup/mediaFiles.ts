import fs from 'node:fs'
import path from 'node:path'

import { BackupError } from './format'

export type MediaFile = { relative: string; absolute: string; size: number; mtime: Date }

/**
 * Folders a restore works in inside MEDIA_DIR (inside, not beside it: MEDIA_DIR is often a mount
 * point, e.g. a Docker volume, where only moves within the folder work). Left over only after a
 * crash; never part of a backup, and they do not make the folder count as full.
 */
export const RESTORE_STAGING = '.restore-staging'
export const RESTORE_REPLACED = '.restore-replaced'
const isWorkFolder = (name: string) => name === RESTORE_STAGING || name === RESTORE_REPLACED

/** Every regular file under the media folder (uploads and their resized copies), sorted; none if it does not exist. */
export function listMediaFiles(mediaDir: string): MediaFile[] {
  if (!fs.existsSync(mediaDir)) return []
  const files: MediaFile[] = []
  for (const entry of fs.readdirSync(mediaDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const absolute = path.join(entry.parentPath, entry.name)
    const relative = path.relative(mediaDir, absolute).split(path.sep).join('/')
    if (isWorkFolder(relative.split('/')[0]!)) continue
    const stat = fs.statSync(absolute)
    files.push({ relative, absolute, size: stat.size, mtime: stat.mtime })
  }
  return files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0))
}

/** What the folder holds besides a restore's work folders; none if it does not exist. */
export function mediaEntries(dir: string): string[] {
  try {
    return fs.readdirSync(dir).filter((name) => !isWorkFolder(name))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * The media side of a restore: files are written into a staging folder inside MEDIA_DIR while the
 * database transaction is open; after the commit they take the place of what was there.
 */
export class MediaStaging {
  readonly dir: string
  private readonly createdMediaDir: boolean

  constructor(private readonly mediaDir: string) {
    this.createdMediaDir = !fs.existsSync(mediaDir)
    fs.mkdirSync(mediaDir, { recursive: true })
    this.dir = path.join(mediaDir, RESTORE_STAGING)
    fs.rmSync(this.dir, { recursive: true, force: true })
    fs.rmSync(path.join(mediaDir, RESTORE_REPLACED), { recursive: true, force: true })
    fs.mkdirSync(this.dir)
  }

  /** Before the commit, or when it failed: as if the restore had not started. */
  discard(): void {
    fs.rmSync(this.dir, { recursive: true, force: true })
    if (this.createdMediaDir && mediaEntries(this.mediaDir).length === 0) fs.rmSync(this.mediaDir, { recursive: true, force: true })
  }

  /** After the commit: what was in MEDIA_DIR (only under --force) moves aside, the staged files in, then the old ones go. */
  moveIntoPlace(): void {
    const replaced = path.join(this.mediaDir, RESTORE_REPLACED)
    try {
      const previous = mediaEntries(this.mediaDir)
      if (previous.length > 0) {
        fs.mkdirSync(replaced)
        for (const name of previous) fs.renameSync(path.join(this.mediaDir, name), path.join(replaced, name))
      }
      for (const name of fs.readdirSync(this.dir)) fs.renameSync(path.join(this.dir, name), path.join(this.mediaDir, name))
    } catch (error) {
      throw new BackupError(
        `The database was restored, but the media files could not be moved into ${this.mediaDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): what is not there yet is in ${this.dir}${fs.existsSync(replaced) ? `, the previous files in ${replaced}` : ''}.`,
      )
    }
    fs.rmSync(this.dir, { recursive: true, force: true })
    fs.rmSync(replaced, { recursive: true, force: true })
  }
}

/**
 * Where an archive's media entry goes inside `root`. Archives come from outside: absolute paths,
 * `..`, empty segments or anything that would land outside the folder are refused.
 */
export function safeMediaPath(root: string, relative: string): string {
  const segments = relative.split('/')
  const bad =
    relative === '' ||
    relative.includes('\\') ||
    relative.includes('\0') ||
    isWorkFolder(segments[0]!) ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  const target = path.resolve(root, ...segments)
  if (bad || !target.startsWith(root + path.sep)) throw new BackupError(`The archive holds an unsafe media path (${JSON.stringify(relative)}): nothing was restored.`)
  return target
}
