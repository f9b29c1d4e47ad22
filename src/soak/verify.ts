import { differences, type Fields, type Locale } from './content'
import type { SoakRequest } from './http'
import type { Ledger, TrackedDocument } from './ledger'
import type { SoakServer } from './server'
import type { SoakStaff } from './staff'

export type Check = { name: string; passed: boolean; detail: string }

export type WriteVerification = {
  checks: Check[]
  counts: { documents: number; saves: number; savesInHistory: number; savesPruned: number; published: number; versions: number }
}

const LOCALES: Locale[] = ['en', 'th']
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** A document read with `locale=all` as one language: localized fields are `{ en, th }` objects. */
function inLocale(document: Record<string, unknown> | undefined, locale: Locale): Fields {
  const view: Fields = {}
  for (const [field, value] of Object.entries(document ?? {})) {
    const localized = isPlainObject(value) && !('root' in value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => key === 'en' || key === 'th')
    view[field] = localized ? ((value as Record<string, unknown>)[locale] ?? null) : value
  }
  return view
}

const contentDifferences = (content: Partial<Record<Locale, Fields>>, document: Record<string, unknown> | undefined) =>
  LOCALES.flatMap((locale) => (content[locale] ? differences(content[locale]!, inLocale(document, locale)).map((line) => `${locale} ${line}`) : []))

type Version = { id: number; version: Record<string, unknown> & { updatedAt: string } }

/**
 * Holds the database to every write the server acknowledged:
 * - each document's newest draft (read as admin, every language) has the content last sent for each field;
 * - each published document reads, anonymously and in both languages, as it was when published;
 * - the version history in the database (SQL on `_<collection>_v`) and over REST (`/versions`) agree,
 *   keeps at least as many versions as there were saves (up to maxPerDoc) and never more than maxPerDoc,
 *   and holds every acknowledged save with its content, except saves older than the kept versions.
 */
export async function verifyWrites(args: { request: SoakRequest; staff: SoakStaff; ledger: Ledger; server: SoakServer; maxPerDoc: number }): Promise<WriteVerification> {
  const { request, staff, ledger, server, maxPerDoc } = args
  const failures = { drafts: [] as string[], published: [] as string[], counts: [] as string[], history: [] as string[] }
  const counts = { documents: ledger.documents.length, saves: ledger.saves, savesInHistory: 0, savesPruned: 0, published: 0, versions: 0 }

  const sqlCounts = new Map<string, number>()
  for (const collection of ['conditions', 'articles']) {
    const rows = await server.query<{ parent_id: number; versions: number }>(`SELECT parent_id, count(*)::int AS versions FROM _${collection}_v GROUP BY parent_id`)
    for (const row of rows) {
      sqlCounts.set(`${collection}:${row.parent_id}`, row.versions)
      // Every document, the seeded ones included, keeps at most maxPerDoc versions.
      if (row.versions > maxPerDoc) failures.counts.push(`${collection} ${row.parent_id}: ${row.versions} versions in the database, more than maxPerDoc ${maxPerDoc}`)
    }
  }

  for (const document of ledger.documents) {
    const where = `${document.collection} ${document.id} (${document.label})`
    const draft = await request('verify: draft, all languages', { path: `/api/${document.collection}/${document.id}?draft=true&locale=all&depth=0`, token: staff.admin })
    if (draft.outcome !== 'ok') failures.drafts.push(`${where}: draft read answered ${draft.status}`)
    else for (const line of contentDifferences(document.current, draft.body)) failures.drafts.push(`${where}: ${line}`)

    if (document.published) {
      counts.published++
      for (const locale of LOCALES) {
        const read = await request('verify: published, anonymous', { path: `/api/${document.collection}/${document.id}?locale=${locale}&depth=0` })
        if (read.outcome !== 'ok') failures.published.push(`${where} ${locale}: anonymous read answered ${read.status}`)
        else for (const line of differences(document.published[locale], read.body)) failures.published.push(`${where} ${locale}: ${line}`)
      }
    }

    const history = await request('verify: versions', {
      path: `/api/${document.collection}/versions?where[parent][equals]=${document.id}&locale=all&depth=0&limit=${maxPerDoc * 2}&sort=-updatedAt`,
      token: staff.admin,
    })
    if (history.outcome !== 'ok') {
      failures.counts.push(`${where}: versions read answered ${history.status}`)
      continue
    }
    checkHistory(document, history.body, sqlCounts.get(`${document.collection}:${document.id}`) ?? 0)
  }

  function checkHistory(document: TrackedDocument, body: { totalDocs: number; docs: Version[] }, inDatabase: number) {
    const where = `${document.collection} ${document.id} (${document.label})`
    const total = body.totalDocs
    counts.versions += total
    if (total !== inDatabase) failures.counts.push(`${where}: ${inDatabase} versions in the database, ${total} over REST`)
    if (total > maxPerDoc) failures.counts.push(`${where}: ${total} versions, more than maxPerDoc ${maxPerDoc}`)
    if (total < Math.min(document.saves.length, maxPerDoc)) failures.counts.push(`${where}: ${total} versions for ${document.saves.length} acknowledged saves`)
    // Once maxPerDoc is reached, the oldest versions are pruned: saves before the oldest kept one are not looked for.
    const pruned = total >= maxPerDoc
    const oldestKept = body.docs.map((version) => version.version.updatedAt).sort()[0] ?? ''
    for (const save of document.saves) {
      if (pruned && save.updatedAt < oldestKept) {
        counts.savesPruned++
        continue
      }
      const match = body.docs.find((version) => version.version.updatedAt === save.updatedAt)
      const problems = match ? contentDifferences(save.content, match.version) : ['no version saved at that time']
      if (problems.length) failures.history.push(`${where}: ${save.operation} at ${save.updatedAt}: ${problems.join('; ')}`)
      else counts.savesInHistory++
    }
  }

  const listed = (lines: string[]) => (lines.length ? `; ${lines.slice(0, 5).join(' | ')}${lines.length > 5 ? ` (and ${lines.length - 5} more)` : ''}` : '')
  const checks: Check[] = [
    {
      name: 'every acknowledged write is in the newest drafts (admin, locale=all)',
      passed: failures.drafts.length === 0,
      detail: `${counts.documents} documents, ${counts.saves} acknowledged saves, ${failures.drafts.length} differences${listed(failures.drafts)}`,
    },
    {
      name: 'published documents read anonymously as published, in en and th',
      passed: failures.published.length === 0,
      detail: `${counts.published} documents × 2 languages, ${failures.published.length} differences${listed(failures.published)}`,
    },
    {
      name: `version counts consistent (SQL = REST, ≥ saves, ≤ maxPerDoc ${maxPerDoc})`,
      passed: failures.counts.length === 0,
      detail: `${counts.versions} versions of ${counts.documents} documents, ${failures.counts.length} problems${listed(failures.counts)}`,
    },
    {
      name: 'every acknowledged save is in the version history with its content',
      passed: failures.history.length === 0,
      detail: `${counts.savesInHistory} found, ${counts.savesPruned} older than the ${maxPerDoc} kept versions (pruned as configured), ${failures.history.length} missing${listed(failures.history)}`,
    },
  ]
  return { checks, counts }
}
