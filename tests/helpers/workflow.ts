import { apiClient } from './api'
import type { Staff } from './staff'
import type { TestServer } from './testServer'

const expectStatus = (what: string, response: { status: number; body: unknown }, status: number) => {
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`)
}

/** One review step through the REST endpoint; throws with the server's answer if it is refused. */
export async function reviewStep(server: Pick<TestServer, 'baseURL'>, token: string, collection: string, id: number, action: string, locale: string, comment?: string) {
  const response = await apiClient(server, token).post(`/api/${collection}/${id}/review`, { action, locale, ...(comment ? { comment } : {}) })
  expectStatus(`${action} ${locale} of ${collection} ${id}`, response, 200)
  return response.body
}

/**
 * The whole path of a document to the public API, as clinic staff take it: the editor writes
 * English (and Thai) as a draft and submits, the reviewer approves, the admin publishes.
 */
export async function publishThroughReview(
  server: Pick<TestServer, 'baseURL'>,
  staff: Staff,
  collection: string,
  en: Record<string, unknown>,
  th?: Record<string, unknown>,
): Promise<{ id: number; slug: string }> {
  const editor = apiClient(server, staff.editor)
  const created = await editor.post(`/api/${collection}?locale=en`, en)
  expectStatus(`create ${collection}`, created, 201)
  const id = created.body.doc.id as number
  if (th) expectStatus(`translate ${collection}`, await editor.patch(`/api/${collection}/${id}?locale=th&draft=true`, th), 200)
  for (const locale of th ? ['en', 'th'] : ['en']) {
    await reviewStep(server, staff.editor, collection, id, 'submit', locale)
    await reviewStep(server, staff.reviewer, collection, id, 'approve', locale)
  }
  const published = await apiClient(server, staff.admin).patch(`/api/${collection}/${id}`, { _status: 'published' })
  expectStatus(`publish ${collection}`, published, 200)
  return published.body.doc
}
