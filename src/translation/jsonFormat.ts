import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import { isLocale } from '@/workflow/publication'
import type { IncomingUnit } from './importTranslations'
import { canonicalText } from '@/workflow/canonicalText'
import { isEmptyText } from './translatableFields'
import type { ExportUnit } from './units'

export const JSON_FORMAT = 'clinic-cms-translation'

export class TranslationFileError extends Error {}

/** The JSON export: the same units as the XLIFF, for scripts. Rich text stays Lexical JSON. */
export function toJsonExport(locale: LocaleCode, units: ExportUnit[], exportedAt: string) {
  return {
    format: JSON_FORMAT,
    version: 1,
    srcLang: DEFAULT_LOCALE,
    trgLang: locale,
    exportedAt,
    units: units.map(({ id, label, context, kind, status, source, target, previousSource }) => ({
      id,
      label,
      context,
      kind,
      status,
      source,
      // As in the XLIFF: an outdated translation is shown, not pre-filled as the answer.
      target: status === 'outdated' ? null : (target ?? null),
      ...(status === 'outdated' ? { currentTarget: target ?? null } : {}),
      ...(previousSource ? { previousSource } : {}),
    })),
  }
}

/** Reads a JSON translation file; a file that is not one is refused whole, unit problems are reported per unit. */
export function fromJsonImport(body: unknown): { locale: LocaleCode; units: IncomingUnit[] } {
  const file = body as { format?: unknown; version?: unknown; srcLang?: unknown; trgLang?: unknown; units?: unknown } | null
  if (!file || typeof file !== 'object' || file.format !== JSON_FORMAT) {
    throw new TranslationFileError(`Not a translation file: expected a JSON object with "format": "${JSON_FORMAT}" (as exported).`)
  }
  if (file.version !== 1) throw new TranslationFileError(`Unsupported translation file version ${String(file.version)}: this CMS reads version 1.`)
  if (file.srcLang !== DEFAULT_LOCALE) throw new TranslationFileError(`The file's source language is "${String(file.srcLang)}"; it must be "${DEFAULT_LOCALE}".`)
  if (!isLocale(file.trgLang) || file.trgLang === DEFAULT_LOCALE) {
    throw new TranslationFileError(`The file's target language "${String(file.trgLang)}" is not one this CMS translates into.`)
  }
  if (!Array.isArray(file.units)) throw new TranslationFileError('The file has no "units" list.')
  const units = file.units.map((raw, index): IncomingUnit => {
    const unit = raw as { id?: unknown; source?: unknown; target?: unknown } | null
    const id = typeof unit?.id === 'string' ? unit.id : `#${index + 1}`
    const errors = typeof unit?.id === 'string' ? [] : [`Unit ${index + 1} has no "id".`]
    return {
      id,
      errors,
      sourceMatches: (field) => canonicalText(unit?.source ?? null) === canonicalText(field.source),
      target: (field) => {
        const value = unit?.target
        if (value === null || value === undefined || isEmptyText(value)) return null
        if (field.kind === 'richText') {
          return value && typeof value === 'object' && 'root' in (value as object)
            ? { value: JSON.parse(canonicalText(value)) }
            : { error: `"${field.label}" is rich text: its target must be Lexical JSON ({"root": …}), as exported.` }
        }
        return typeof value === 'string' ? { value: value.normalize('NFC') } : { error: `"${field.label}" is text: its target must be a string.` }
      },
    }
  })
  return { locale: file.trgLang, units }
}
