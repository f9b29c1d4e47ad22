/**
 * npm run translations -- export --locale th --user <email> [--format xliff|json] [--status missing,outdated]
 *                                [--collection articles,conditions] [--ids 1,2] [--out file]
 * npm run translations -- import <file> --user <email>
 *
 * The same export and import as the API and the translation dashboard, for large batches, with
 * progress. Everything runs as the given user: a translator's limits apply exactly as in the admin.
 */
import fs from 'node:fs'

import { createLocalReq } from 'payload'

import { DEFAULT_LOCALE } from '../localization'
import { importTranslations } from '../translation/importTranslations'
import { TranslationFileError, fromJsonImport, toJsonExport } from '../translation/jsonFormat'
import type { FieldStatus } from '../translation/tracker'
import { collectUnits } from '../translation/units'
import { fromXliffImport, toXliffExport } from '../translation/xliffFormat'
import { isLocale } from '../workflow/publication'
import { REVIEWED_COLLECTIONS, type ReviewedCollection } from '../workflow/stages'
import { runtimeForScript } from './runtimeForScript'
import { complain, say } from './say'

const [command, ...rest] = process.argv.slice(2)
const option = (name: string) => {
  const index = rest.indexOf(`--${name}`)
  return index >= 0 ? rest[index + 1] : undefined
}
const list = (value: string | undefined) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined)
const fail = (message: string): never => {
  say(message)
  process.exit(2)
}

if (command !== 'export' && command !== 'import') {
  fail('Usage: npm run translations -- export --locale th --user <email> [--format xliff|json] [--out file]\n       npm run translations -- import <file> --user <email>')
}
const email = option('user') ?? fail('Give the user to act as with --user <email> (their translation rights apply).')
const collections = list(option('collection'))
if (collections?.some((name) => !(REVIEWED_COLLECTIONS as readonly string[]).includes(name))) {
  fail(`--collection takes ${REVIEWED_COLLECTIONS.join(', ')}.`)
}

const runtime = await runtimeForScript()
let exitCode = 0
try {
  const found = await runtime.payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  const user = found.docs[0] ?? fail(`No user ${email}.`)
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, runtime.payload)
  const started = Date.now()

  if (command === 'export') {
    const locale = option('locale')
    if (!isLocale(locale) || locale === DEFAULT_LOCALE) fail('Give the language to translate into with --locale (e.g. th).')
    const format = option('format') ?? 'xliff'
    if (format !== 'xliff' && format !== 'json') fail('--format is xliff or json.')
    const units = await collectUnits(req, {
      locale: locale as 'th',
      collections: collections as ReviewedCollection[] | undefined,
      ids: list(option('ids'))?.map(Number),
      fieldStatuses: list(option('status')) as FieldStatus[] | undefined,
    })
    const output = format === 'json' ? JSON.stringify(toJsonExport(locale as 'th', units, new Date().toISOString()), null, 2) : toXliffExport(locale as 'th', units)
    const out = option('out')
    if (out) fs.writeFileSync(out, output)
    else process.stdout.write(output)
    const documents = new Set(units.map((unit) => `${unit.collection}:${unit.documentId}`)).size
    // To stderr: the file itself may be going to stdout.
    complain(`Exported ${units.length} units from ${documents} documents for ${locale}${out ? ` to ${out}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  } else {
    const file = rest.find((arg, index) => !arg.startsWith('--') && !rest[index - 1]?.startsWith('--')) ?? fail('Give the file to import.')
    if (!fs.existsSync(file)) fail(`No file ${file}.`)
    const text = fs.readFileSync(file, 'utf8')
    let parsed
    try {
      parsed = text.trimStart().startsWith('{') ? fromJsonImport(JSON.parse(text)) : fromXliffImport(text)
    } catch (error) {
      fail(`${file}: ${error instanceof TranslationFileError || error instanceof SyntaxError ? error.message : String(error)}`)
    }
    const report = await importTranslations(req, {
      locale: parsed!.locale,
      units: parsed!.units,
      progress: (done, total, line) => say(`  [${done}/${total}] ${line}`),
    })
    for (const unit of report.units.filter((entry) => entry.outcome === 'conflict' || entry.outcome === 'rejected')) {
      say(`  ${unit.outcome}: ${unit.id}: ${unit.reason}`)
    }
    const { applied, unchanged, conflict, rejected } = report.summary
    say(`Imported ${file} into ${report.locale} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${applied} applied, ${unchanged} unchanged, ${conflict} conflicts, ${rejected} rejected (${report.documents} documents, saved as drafts).`)
    if (conflict || rejected) exitCode = 1
  }
} finally {
  await runtime.close()
}
process.exit(exitCode)
