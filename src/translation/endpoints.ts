import { addDataAndFileToRequest, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { ROLES, hasRole, isOnlyTranslator, isTranslatorOf } from '@/access/roles'
import { problem, Refusal } from '@/endpoints/problem'
import { requestLanguage, translator } from '@/i18n'
import { DEFAULT_LOCALE, type LocaleCode } from '@/localization'
import type { User } from '@/payload-types'
import { now } from '@/workflow/clock'
import { isLocale } from '@/workflow/publication'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '@/workflow/stages'
import { translationDashboard } from './dashboard'
import { importTranslations, type ImportReport } from './importTranslations'
import { TranslationFileError, fromJsonImport, toJsonExport } from './jsonFormat'
import { TARGET_LOCALES, refreshTranslationState, translationDetail, type FieldStatus } from './tracker'
import { collectUnits } from './units'
import { fromXliffImport, toXliffExport } from './xliffFormat'

/** Translation files may be larger than other request bodies: 1,000 units of XLIFF are a few MB. */
export const TRANSLATION_IMPORT_MAX_BYTES = 20 * 1024 * 1024
export const TRANSLATION_IMPORT_PATH = '/translations/import'

/** The target language of a request, checked against the user: translators only their own. */
function targetLocale(req: PayloadRequest, value: unknown, { writing }: { writing: boolean }): LocaleCode {
  const user = req.user as User | null
  if (!user) throw new Refusal(401, 'Sign in to work on translations.')
  if (!hasRole(user, ...ROLES)) throw new Refusal(403, 'Translations are for staff.')
  if (value === DEFAULT_LOCALE) throw new Refusal(400, `English is the source language: choose a language to translate into (${targetLocales()}).`)
  if (!isLocale(value)) throw new Refusal(400, `Give the language to translate into with ?locale= (one of: ${targetLocales()}).`)
  if (isOnlyTranslator(user) && !isTranslatorOf(user, value)) {
    throw new Refusal(403, `You translate into ${user.translatorLocales?.join(', ') || 'no language yet'} only, not ${value}.`)
  }
  if (writing && hasRole(user, 'reviewer') && !hasRole(user, 'admin', 'editor', 'translator')) {
    throw new Refusal(403, 'Medical reviewers read translations; editors and translators write them.')
  }
  return value
}

const targetLocales = () => TARGET_LOCALES.join(', ')

const list = (value: unknown) => (typeof value === 'string' && value ? value.split(',').map((item) => item.trim()).filter(Boolean) : [])

function collectionsParam(value: unknown): ReviewedCollection[] | undefined {
  const names = list(value)
  if (!names.length) return undefined
  const unknown = names.filter((name) => !(REVIEWED_COLLECTIONS as readonly string[]).includes(name))
  if (unknown.length) throw new Refusal(400, `Unknown collection ${unknown.join(', ')}: use ${REVIEWED_COLLECTIONS.join(', ')}.`)
  return names as ReviewedCollection[]
}

function guarded(handler: (req: PayloadRequest) => Promise<Response>): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof Refusal) return problem(error.status, error.message)
      if (error instanceof TranslationFileError) return problem(400, error.message)
      throw error
    }
  }
}

const dashboard = guarded(async (req) => {
  const locale = targetLocale(req, req.query.locale ?? 'th', { writing: false })
  return Response.json(await translationDashboard(req, locale), { headers: { 'Cache-Control': 'no-store' } })
})

const documentDetail = guarded(async (req) => {
  const locale = targetLocale(req, req.query.locale ?? 'th', { writing: false })
  const collection = req.routeParams?.collection as string
  if (!(REVIEWED_COLLECTIONS as readonly string[]).includes(collection)) throw new Refusal(404, `No translatable collection "${collection}".`)
  const id = Number(req.routeParams?.id)
  const readable = Number.isInteger(id)
    ? await req.payload.findByID({ collection: collection as ReviewedCollection, id, draft: true, depth: 0, req, user: req.user, overrideAccess: false, disableErrors: true })
    : null
  const detail = readable ? await translationDetail(req, collection as ReviewedCollection, id, locale) : null
  if (!detail) throw new Refusal(404, `No ${collection} document ${String(req.routeParams?.id)}.`)
  return Response.json({ collection, id, locale, ...detail, fields: detail.fields.map(({ source: _s, targetValue: _t, ...field }) => field) })
})

const confirm = guarded(async (req) => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { locale?: unknown; paths?: unknown }
  const locale = targetLocale(req, body.locale, { writing: true })
  const collection = req.routeParams?.collection as ReviewedCollection
  const id = Number(req.routeParams?.id)
  if (!(REVIEWED_COLLECTIONS as readonly string[]).includes(collection) || !Number.isInteger(id)) throw new Refusal(404, 'No such document.')
  if (!Array.isArray(body.paths) || !body.paths.every((path) => typeof path === 'string')) {
    throw new Refusal(400, 'Give the fields whose translation is still right: "paths": ["title", …].')
  }
  const detail = await translationDetail(req, collection, id, locale)
  if (!detail) throw new Refusal(404, `No ${collection} document ${id}.`)
  const outdated = new Set(detail.fields.filter((field) => field.status === 'outdated').map((field) => field.path))
  const notOutdated = (body.paths as string[]).filter((path) => !outdated.has(path))
  if (notOutdated.length) throw new Refusal(409, `Only outdated translations can be confirmed; not outdated: ${notOutdated.join(', ')}.`)
  await refreshTranslationState(req, { collection, id, userId: req.user!.id as number, confirm: { locale, paths: body.paths as string[] } })
  return Response.json({ message: `Confirmed ${body.paths.length} translation(s) for the current English.`, ...(await translationDetail(req, collection, id, locale)) })
})

const exportFile = guarded(async (req) => {
  const locale = targetLocale(req, req.query.locale, { writing: false })
  const format = (req.query.format as string | undefined) ?? 'xliff'
  if (format !== 'xliff' && format !== 'json') throw new Refusal(400, `Unknown format "${format}": use xliff or json.`)
  const ids = list(req.query.ids).map(Number)
  if (ids.some((id) => !Number.isInteger(id))) throw new Refusal(400, 'ids must be document ids separated by commas.')
  const statuses = list(req.query.status) as FieldStatus[]
  const badStatus = statuses.filter((status) => !['missing', 'outdated', 'translated'].includes(status))
  if (badStatus.length) throw new Refusal(400, `Unknown status ${badStatus.join(', ')}: use missing, outdated, translated.`)
  const units = await collectUnits(req, {
    locale,
    collections: collectionsParam(req.query.collection),
    ids: ids.length ? ids : undefined,
    fieldStatuses: statuses.length ? statuses : undefined,
  })
  const stamp = now().toISOString()
  const name = `translations-${locale}-${stamp.slice(0, 10)}`
  if (format === 'json') {
    return new Response(JSON.stringify(toJsonExport(locale, units, stamp), null, 2), {
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.json"`, 'Cache-Control': 'no-store' },
    })
  }
  return new Response(toXliffExport(locale, units), {
    headers: { 'Content-Type': 'application/xliff+xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.xlf"`, 'Cache-Control': 'no-store' },
  })
})

async function readUpload(req: PayloadRequest): Promise<string> {
  const type = req.headers.get('content-type') ?? ''
  if (type.startsWith('multipart/form-data')) {
    await addDataAndFileToRequest(req)
    if (!req.file) throw new Refusal(400, 'Attach the translation file as "file".')
    return Buffer.from(req.file.data).toString('utf8')
  }
  const text = (await req.text?.()) ?? ''
  if (!text.trim()) throw new Refusal(400, 'The request has no file: send the .xlf or .json file as the body, or as "file" in a form.')
  return text
}

const importFile = guarded(async (req) => {
  if (!req.user) throw new Refusal(401, 'Sign in to import translations.')
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > TRANSLATION_IMPORT_MAX_BYTES) throw new Refusal(413, `The file is larger than ${TRANSLATION_IMPORT_MAX_BYTES / 1024 / 1024} MB: split it.`)
  const text = await readUpload(req)
  const format = (req.query.format as string | undefined) ?? (text.trimStart().startsWith('{') ? 'json' : 'xliff')
  let parsed
  if (format === 'json') {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch (error) {
      throw new Refusal(400, `The file is not valid JSON: ${(error as Error).message}`)
    }
    parsed = fromJsonImport(body)
  } else if (format === 'xliff') {
    parsed = fromXliffImport(text)
  } else {
    throw new Refusal(400, `Unknown format "${format}": use xliff or json.`)
  }
  const locale = targetLocale(req, parsed.locale, { writing: true })
  if (req.query.locale && req.query.locale !== locale) {
    throw new Refusal(400, `The file translates into "${locale}", not "${String(req.query.locale)}".`)
  }
  const report = await importTranslations(req, { locale, units: parsed.units })
  if (everyUnitRefused(report)) {
    const message = translator(requestLanguage(req), 'errors')('importRefused')
    return Response.json({ errors: [{ message }], ...report }, { status: 422 })
  }
  return Response.json(report)
})

/**
 * A file whose every unit was refused (conflicts, unknown ids, broken segments) imported nothing:
 * a 422 with the same per-unit report, so that a script or a tool sees the failure in the status.
 * A file with some units applied or unchanged is a 200 with its report.
 */
export const everyUnitRefused = (report: ImportReport): boolean =>
  report.units.length > 0 && report.summary.applied === 0 && report.summary.unchanged === 0

/** The translation API: status, per-document detail, confirming, and file export and import. */
export const translationEndpoints: Endpoint[] = [
  { path: '/translations/status', method: 'get', handler: dashboard },
  { path: '/translations/export', method: 'get', handler: exportFile },
  { path: TRANSLATION_IMPORT_PATH, method: 'post', handler: importFile },
  { path: '/translations/:collection/:id', method: 'get', handler: documentDetail },
  { path: '/translations/:collection/:id/confirm', method: 'post', handler: confirm },
]

