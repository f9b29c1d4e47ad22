import type { FlattenedField, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import type { ReviewedCollection } from '@/workflow/stages'
import { readLocale } from '@/workflow/fingerprint'
import { refreshTranslationState } from './tracker'
import { canonicalText } from '@/workflow/canonicalText'
import { translatableFields, type TranslatableField } from './translatableFields'
import { parseUnitId } from './units'

export type Outcome = 'applied' | 'unchanged' | 'conflict' | 'rejected'

export type UnitReport = { id: string; outcome: Outcome; reason?: string }

export type ImportReport = {
  locale: LocaleCode
  summary: Record<Outcome, number>
  documents: number
  units: UnitReport[]
}

/**
 * A unit as read from a file, in a format-neutral form: the file's own reader (XLIFF or JSON)
 * decides whether its source still matches the English and turns its target into a field value.
 */
export type IncomingUnit = {
  id: string
  /** Problems the reader found in the unit itself (missing segment, broken inline codes…). */
  errors?: string[]
  sourceMatches: (field: TranslatableField) => boolean
  /** The translated value, `null` when the file has no translation for the unit, or an error. */
  target: (field: TranslatableField) => { value: unknown } | { error: string } | null
}

const same = (a: unknown, b: unknown) => canonicalText(a ?? null) === canonicalText(b ?? null)

/** Sets `value` at a dot path (`seo.title`, `symptoms.2.text`) inside a copy of `data`. */
function setAtPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let node: Record<string, unknown> | unknown[] = data
  keys.forEach((key, index) => {
    const last = index === keys.length - 1
    const slot = Array.isArray(node) ? Number(key) : key
    const container = node as Record<string | number, unknown>
    if (last) {
      container[slot] = value
      return
    }
    const nextIsIndex = /^\d+$/.test(keys[index + 1]!)
    if (container[slot] === undefined || container[slot] === null) container[slot] = nextIsIndex ? [] : {}
    node = container[slot] as Record<string, unknown>
  })
}

/**
 * Writes translated units into one language as drafts, document by document, as the requesting
 * user (so a translator's limits apply exactly as in the admin). Never publishes. Each document is
 * one draft save; a document that cannot be saved changes nothing, and other documents go on.
 */
export async function importTranslations(
  req: PayloadRequest,
  args: { locale: LocaleCode; units: IncomingUnit[]; progress?: (done: number, total: number, line: string) => void },
): Promise<ImportReport> {
  const { locale } = args
  const reports: UnitReport[] = []
  const byDocument = new Map<string, { collection: ReviewedCollection; documentId: number; units: Array<{ unit: IncomingUnit; path: string }> }>()
  const seen = new Set<string>()

  for (const unit of args.units) {
    const parsed = parseUnitId(unit.id)
    if (!parsed) {
      reports.push({ id: unit.id, outcome: 'rejected', reason: 'Unknown unit id: expected <collection>:<document id>:<field path>.' })
      continue
    }
    if (seen.has(unit.id)) {
      reports.push({ id: unit.id, outcome: 'rejected', reason: 'The same unit appears twice in the file.' })
      continue
    }
    seen.add(unit.id)
    if (unit.errors?.length) {
      reports.push({ id: unit.id, outcome: 'rejected', reason: unit.errors.join(' ') })
      continue
    }
    const key = `${parsed.collection}:${parsed.documentId}`
    if (!byDocument.has(key)) byDocument.set(key, { collection: parsed.collection, documentId: parsed.documentId, units: [] })
    byDocument.get(key)!.units.push({ unit, path: parsed.path })
  }

  let done = 0
  for (const { collection, documentId, units } of byDocument.values()) {
    done++
    const readable = await req.payload.findByID({
      collection,
      id: documentId,
      draft: true,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
    })
    if (!readable) {
      for (const { unit } of units) reports.push({ id: unit.id, outcome: 'rejected', reason: `No ${collection} document ${documentId}.` })
      continue
    }
    const fields = req.payload.collections[collection].config.flattenedFields
    const english = await readLocale(req, collection, documentId, DEFAULT_LOCALE, { draft: true })
    const target = (await readLocale(req, collection, documentId, locale, { draft: true })) ?? {}
    const byPath = new Map(translatableFields(fields, english, target).map((field) => [field.path, field]))
    const data: Record<string, unknown> = {}
    const pending: UnitReport[] = []
    const confirm: string[] = []

    for (const { unit, path } of units) {
      const field = byPath.get(path)
      if (!field) {
        pending.push({ id: unit.id, outcome: 'rejected', reason: `"${path}" is not a translatable field of this ${collection} document (or its English is empty).` })
        continue
      }
      if (!unit.sourceMatches(field)) {
        pending.push({ id: unit.id, outcome: 'conflict', reason: `The English text of "${field.label}" changed since the file was exported: export it again.` })
        continue
      }
      const translated = unit.target(field)
      if (translated === null) {
        pending.push({ id: unit.id, outcome: 'unchanged', reason: 'No translation in the file.' })
        continue
      }
      if ('error' in translated) {
        pending.push({ id: unit.id, outcome: 'rejected', reason: translated.error })
        continue
      }
      if (same(translated.value, field.target)) {
        // The translator kept the text for the current English: it is no longer outdated.
        confirm.push(path)
        pending.push({ id: unit.id, outcome: 'unchanged', reason: 'Same as the current translation.' })
        continue
      }
      const top = path.split('.')[0]!
      if (!(top in data)) data[top] = structuredClone((target as Record<string, unknown>)[top] ?? null)
      if (data[top] === null) delete data[top]
      setAtPath(data, path, translated.value)
      pending.push({ id: unit.id, outcome: 'applied' })
    }

    const incompleteLists = listsWithHoles(fields, data, english)
    if (incompleteLists.length) {
      for (const report of pending) {
        if (report.outcome === 'applied' && incompleteLists.some((list) => report.id.includes(`:${list}.`))) {
          report.outcome = 'rejected'
          report.reason = `Every item of the list "${listOf(incompleteLists, report.id)}" needs a translation before the list can be saved.`
        }
      }
      for (const name of incompleteLists) delete data[name]
    }

    if (Object.keys(data).length) {
      try {
        await req.payload.update({
          collection,
          id: documentId,
          locale,
          draft: true,
          data: data as never,
          depth: 0,
          req,
          user: req.user,
          overrideAccess: false,
          context: { translationImport: true },
        })
      } catch (error) {
        const reason = (error as Error).message || 'The document could not be saved.'
        for (const report of pending) {
          if (report.outcome === 'applied') Object.assign(report, { outcome: 'rejected', reason })
        }
      }
    }
    if (confirm.length) {
      await refreshTranslationState(req, { collection, id: documentId, userId: (req.user?.id as number) ?? null, confirm: { locale, paths: confirm } })
    }
    reports.push(...pending)
    const applied = pending.filter((report) => report.outcome === 'applied').length
    args.progress?.(done, byDocument.size, `${collection} ${documentId}: ${applied} of ${pending.length} applied`)
  }

  const summary: Record<Outcome, number> = { applied: 0, unchanged: 0, conflict: 0, rejected: 0 }
  for (const report of reports) summary[report.outcome]++
  return { locale, summary, documents: byDocument.size, units: reports }
}

const listOf = (lists: string[], id: string) => lists.find((name) => id.includes(`:${name}.`)) ?? ''

/**
 * Localized lists (symptoms, red flags…) are saved whole in a language: a list whose rows are only
 * partly translated cannot be written without inventing the missing rows.
 */
function listsWithHoles(fields: FlattenedField[], data: Record<string, unknown>, english: Record<string, unknown> | null): string[] {
  return fields
    .filter((field) => field.type === 'array' && field.localized && field.name in data)
    .filter((field) => {
      const rows = (data[field.name] as Array<Record<string, unknown>> | undefined) ?? []
      const englishRows = (english?.[field.name] as unknown[] | undefined) ?? []
      if (rows.length < englishRows.length) return true
      const textFields = (field as { flattenedFields: FlattenedField[] }).flattenedFields.filter(
        (inner) => (inner.type === 'text' || inner.type === 'textarea') && inner.name !== 'id',
      )
      return rows.some((row) => !row || textFields.some((inner) => typeof row[inner.name] !== 'string' || !(row[inner.name] as string).trim()))
    })
    .map((field) => field.name)
}
