import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import { isLocale } from '@/workflow/publication'
import type { IncomingUnit } from './importTranslations'
import { TranslationFileError } from './jsonFormat'
import { fromSegments, toSegments } from './richText'
import { plainText, type TranslatableField } from './translatableFields'
import type { ExportUnit } from './units'
import {
  XliffFormatError,
  canonicalInline,
  escapeText,
  inlineText,
  parseInline,
  parseXliff,
  writeXliff,
  type Note,
  type ParsedUnit,
  type XliffFile,
  type XliffUnit,
} from './xliff'

type RichRoot = Parameters<typeof toSegments>[0]

/** Plain text fields are one segment; this is its id. */
const TEXT_SEGMENT = 's1'

function unitOf(unit: ExportUnit): XliffUnit {
  const notes: Note[] = [
    { category: 'label', content: unit.label },
    { category: 'context', content: unit.context },
    { category: 'status', content: unit.status },
  ]
  if (unit.previousSource) notes.push({ category: 'previous-source', content: `The translation was made from: ${unit.previousSource}` })
  // An outdated translation goes in a note, not the target: a file sent back untouched must not
  // count as "still correct" for English that nobody re-translated.
  const current = unit.status === 'outdated' ? null : unit.target
  if (unit.status === 'outdated' && unit.target) notes.push({ category: 'current-translation', content: `Current translation: ${plainText(unit.target)}` })
  if (unit.kind !== 'richText') {
    const target = typeof current === 'string' ? escapeText(current.normalize('NFC')) : null
    return {
      id: unit.id,
      name: unit.path,
      notes,
      segments: [{ id: TEXT_SEGMENT, source: escapeText(String(unit.source).normalize('NFC')), target, ...(target !== null ? { state: 'translated' as const } : {}) }],
    }
  }
  const source = toSegments(unit.source as RichRoot)
  // Pre-fill targets only where the translation has the same block structure as the English.
  const existing = current ? toSegments(current as RichRoot) : []
  const aligned = existing.length === source.length && existing.every((segment, index) => segment.id === source[index]!.id)
  const originalData = Object.assign({}, ...source.map((segment) => segment.data ?? {})) as Record<string, string>
  return {
    id: unit.id,
    name: unit.path,
    notes,
    ...(Object.keys(originalData).length ? { originalData } : {}),
    segments: source.map((segment, index) => {
      const target = aligned ? existing[index]!.xml : null
      return { id: segment.id, source: segment.xml, target, ...(target !== null ? { state: 'translated' as const } : {}) }
    }),
  }
}

/**
 * One XLIFF 2.0 file for a language: a <file> per document, a <unit> per translatable field (the
 * writer and parser encode ids as NMTOKENs themselves).
 */
export function toXliffExport(locale: LocaleCode, units: ExportUnit[]): string {
  const files = new Map<string, XliffFile>()
  for (const unit of units) {
    const key = `${unit.collection}:${unit.documentId}`
    if (!files.has(key)) {
      files.set(key, { id: key, original: `${unit.collection}/${unit.documentId}`, notes: [{ category: 'context', content: unit.context }], units: [] })
    }
    files.get(key)!.units.push(unitOf(unit))
  }
  return writeXliff({ srcLang: DEFAULT_LOCALE, trgLang: locale, files: [...files.values()] })
}

/** `th`, `th-TH`, `TH` → `th`. */
function localeOf(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? lang
}

function incoming(unit: ParsedUnit): IncomingUnit {
  const id = unit.id
  const segments = new Map(unit.segments.map((segment) => [segment.id, segment]))
  return {
    id,
    errors: unit.errors,
    sourceMatches: (field: TranslatableField) => {
      if (field.kind !== 'richText') {
        const only = unit.segments.length === 1 ? unit.segments[0] : undefined
        return Boolean(only) && canonicalInline(only!.source) === canonicalInline(escapeText(String(field.source).normalize('NFC')))
      }
      const current = toSegments(field.source as RichRoot)
      return current.length === unit.segments.length && current.every((segment) => {
        const mine = segments.get(segment.id)
        return mine !== undefined && canonicalInline(mine.source) === canonicalInline(segment.xml)
      })
    },
    target: (field: TranslatableField) => {
      const withTarget = unit.segments.filter((segment) => segment.target !== null && inlineText(parseInline(segment.target)).trim() !== '')
      if (!withTarget.length) return null
      if (field.kind !== 'richText') {
        return { value: inlineText(parseInline(withTarget[0]!.target!)).normalize('NFC') }
      }
      const missing = unit.segments.filter((segment) => !withTarget.includes(segment)).map((segment) => segment.id)
      if (missing.length) return { error: `Segments ${missing.join(', ')} of "${field.label}" have no translation: translate every paragraph of a rich text.` }
      const { root, errors } = fromSegments(field.source as RichRoot, Object.fromEntries(withTarget.map((segment) => [segment.id, segment.target!])))
      return errors.length ? { error: errors.join(' ') } : { value: root }
    },
  }
}

/** Reads an XLIFF 2 file: a document that is not one is refused whole; each unit is judged on its own. */
export function fromXliffImport(xml: string): { locale: LocaleCode; units: IncomingUnit[] } {
  let parsed
  try {
    parsed = parseXliff(xml)
  } catch (error) {
    if (error instanceof XliffFormatError) throw new TranslationFileError(error.message)
    throw error
  }
  if (localeOf(parsed.srcLang) !== DEFAULT_LOCALE) {
    throw new TranslationFileError(`The file's source language is "${parsed.srcLang}"; it must be English ("${DEFAULT_LOCALE}").`)
  }
  const locale = localeOf(parsed.trgLang)
  if (!isLocale(locale) || locale === DEFAULT_LOCALE) {
    throw new TranslationFileError(`The file's target language "${parsed.trgLang}" is not one this CMS translates into.`)
  }
  return { locale, units: parsed.files.flatMap((file) => file.units.map(incoming)) }
}
