import { TRANSLATED_FIELDS, differences, englishDraft, englishEdit, expectedThai, storyName, thai, type Fields, type Locale, type StoryCollection } from './content'
import type { SoakRequest } from './http'
import type { Ledger, TrackedDocument } from './ledger'
import type { SoakStaff } from './staff'
import { fillTargets } from './xliff'

export type StoryContext = {
  request: SoakRequest
  staff: SoakStaff
  ledger: Ledger
  run: string
  /** False once the soak's time is up: a story stops between two steps. */
  running: () => boolean
  pause: () => Promise<void>
}

const LOCALES: Locale[] = ['en', 'th']

/** Refusals a story provokes on purpose, and why each is right. */
export const EXPECTED_REFUSALS = {
  publishBeforeApproval: { status: 409, reason: 'publish before medical approval: the publish guard refuses it' },
}

const savedDoc = (body: any) => (typeof body?.doc?.id === 'number' && typeof body.doc.updatedAt === 'string' ? undefined : 'no saved document in the answer')

/**
 * One document's way from an editor's first draft to the public, as clinic staff take it. One step
 * at a time, so no two actors ever save the same document at once (Payload saves the whole
 * document, so concurrent saves of two languages would overwrite each other: see docs/operations.md).
 * Returns when the document is published, when a step fails, or when the soak's time is up.
 */
export async function runStory(context: StoryContext, serial: number): Promise<void> {
  const { request, staff, ledger, running, pause } = context
  const collection: StoryCollection = serial % 2 === 0 ? 'articles' : 'conditions'
  const name = storyName(context.run, serial, collection)

  // 1. The editor writes the English draft.
  const english = englishDraft(collection, name)
  const created = await request('editor: create draft', { path: `/api/${collection}?locale=en&draft=true`, token: staff.editor, body: english, ok: [201], check: savedDoc })
  if (created.outcome !== 'ok') return
  const document = ledger.track(collection, created.body.doc.id, created.body.doc.slug, name)
  ledger.acknowledge(document, 'editor: create draft', { en: english }, created.body.doc.updatedAt)

  // Readers must not find it before it is published.
  if (!(await hiddenFromReaders(context, document))) return

  // 2. The editor revises the English twice.
  for (const revision of [1, 2]) {
    if (!running()) return
    await pause()
    const edit = englishEdit(collection, name, revision)
    const saved = await request('editor: edit draft', { method: 'PATCH', path: `/api/${collection}/${document.id}?locale=en&draft=true`, token: staff.editor, body: edit, check: savedDoc })
    if (saved.outcome !== 'ok') return
    ledger.acknowledge(document, 'editor: edit draft', { en: edit }, saved.body.doc.updatedAt)
  }

  // 3. The translator exports the document as XLIFF, translates it and imports it: one Thai draft save.
  if (!running()) return
  await pause()
  if (!(await translate(context, document))) return

  // 4. The editor submits both languages for review.
  for (const locale of LOCALES) {
    if (!running()) return
    const submitted = await request('editor: submit', { path: `/api/${collection}/${document.id}/review`, token: staff.editor, body: { action: 'submit', locale } })
    if (submitted.outcome !== 'ok') return
  }

  // Every other story (of both collections: 1, 4, 5, 8, …), the admin tries to publish before the
  // reviewer has approved: refused, nothing changes.
  if (Math.floor(serial / 2) % 2 === 0) {
    const early = await request('admin: publish', {
      method: 'PATCH',
      path: `/api/${collection}/${document.id}`,
      token: staff.admin,
      body: { _status: 'published' },
      refusals: [EXPECTED_REFUSALS.publishBeforeApproval],
      check: () => 'a publish before approval was accepted',
    })
    if (early.outcome !== 'refused') return
  }

  // 5. The reviewer approves both languages.
  for (const locale of LOCALES) {
    if (!running()) return
    await pause()
    const approved = await request('reviewer: approve', { path: `/api/${collection}/${document.id}/review`, token: staff.reviewer, body: { action: 'approve', locale } })
    if (approved.outcome !== 'ok') return
  }

  // 6. The admin publishes both languages.
  if (!running()) return
  const published = await request('admin: publish', {
    method: 'PATCH',
    path: `/api/${collection}/${document.id}`,
    token: staff.admin,
    body: { _status: 'published' },
    check: (body) => savedDoc(body) ?? (body.doc._status === 'published' ? undefined : `_status is ${body.doc._status}`),
  })
  if (published.outcome !== 'ok') return
  ledger.published(document, published.body.doc.updatedAt)

  // 7. Readers find it, in both languages, with the text that was approved.
  for (const locale of LOCALES) {
    await request('reader: find new story', {
      path: `/api/${collection}?locale=${locale}&where[slug][equals]=${document.slug}&depth=0`,
      check: (body) => (body?.totalDocs === 1 ? differences(document.published![locale], body.docs[0]).join('; ') || undefined : `found ${body?.totalDocs} documents`),
    })
  }
}

async function hiddenFromReaders(context: StoryContext, document: TrackedDocument): Promise<boolean> {
  const answer = await context.request('reader: draft stays hidden', {
    path: `/api/${document.collection}?locale=en&where[slug][equals]=${document.slug}&depth=0`,
    check: (body) => (body?.totalDocs === 0 ? undefined : `an anonymous reader found the draft (${body?.totalDocs} documents)`),
  })
  return answer.outcome === 'ok'
}

async function translate(context: StoryContext, document: TrackedDocument): Promise<boolean> {
  const { request, staff, ledger } = context
  const exported = await request<string>('translator: export XLIFF', {
    path: `/api/translations/export?locale=th&format=xliff&ids=${document.id}&collection=${document.collection}&status=missing,outdated`,
    token: staff.translator,
    check: (body) => (typeof body === 'string' && body.includes(`<file id="${document.collection}:${document.id}"`) ? undefined : 'the export does not contain the document'),
  })
  if (exported.outcome !== 'ok') return false
  const { xml, units } = fillTargets(exported.body, thai)
  const wanted = TRANSLATED_FIELDS[document.collection]
  const english = Object.fromEntries(wanted.map((field) => [field, document.current.en[field]])) as Fields
  const expected = expectedThai(english)
  const imported = await request('translator: import XLIFF', {
    path: '/api/translations/import',
    token: staff.translator,
    body: xml,
    contentType: 'application/xliff+xml',
    check: (report) => {
      const summary = report?.summary
      if (!summary) return 'no import report'
      if (summary.applied !== units || summary.conflict || summary.rejected) {
        return `import report: ${JSON.stringify(summary)} for ${units} translated units; ${JSON.stringify(report.units?.filter((unit: { outcome: string }) => unit.outcome !== 'applied' && unit.outcome !== 'unchanged'))}`
      }
      return undefined
    },
  })
  if (imported.outcome !== 'ok') return false
  // The import answers with a report, not the document: read the save's time back (only to place it in the history).
  const saved = await request('translator: read draft', {
    path: `/api/${document.collection}/${document.id}?locale=th&draft=true&depth=0`,
    token: staff.translator,
    check: (body) => differences(expected, body).join('; ') || undefined,
  })
  if (saved.outcome !== 'ok') return false
  ledger.acknowledge(document, 'translator: import XLIFF', { th: expected }, saved.body.updatedAt)
  return true
}
