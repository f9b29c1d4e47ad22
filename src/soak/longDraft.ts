import { englishDraft, englishEdit } from './content'
import type { StoryContext } from './story'

/**
 * An editor who keeps revising one long draft for the whole soak: its saves soon outnumber the
 * versions kept per document (maxPerDoc), so the soak sees old versions pruned under load while
 * every newer save stays in the history.
 */
export async function reviseLongDraft(context: StoryContext): Promise<void> {
  const { request, staff, ledger, running, pause } = context
  const name = `Soak ${context.run} long draft`
  const english = englishDraft('conditions', name)
  const created = await request('editor: create draft', { path: '/api/conditions?locale=en&draft=true', token: staff.editor, body: english, ok: [201] })
  if (created.outcome !== 'ok') return
  const document = ledger.track('conditions', created.body.doc.id, created.body.doc.slug, name)
  ledger.acknowledge(document, 'editor: create draft', { en: english }, created.body.doc.updatedAt)
  for (let revision = 1; running(); revision++) {
    await pause()
    const edit = englishEdit('conditions', name, revision)
    const saved = await request('editor: edit draft', {
      method: 'PATCH',
      path: `/api/conditions/${document.id}?locale=en&draft=true`,
      token: staff.editor,
      body: edit,
      check: (body) => (typeof body?.doc?.updatedAt === 'string' ? undefined : 'no saved document in the answer'),
    })
    if (saved.outcome === 'ok') ledger.acknowledge(document, 'editor: edit draft', { en: edit }, saved.body.doc.updatedAt)
  }
}
