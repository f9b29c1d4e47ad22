/**
 * Relations arrive as ids (depth=0). An id missing from the loaded documents belongs to something
 * anonymous readers may not see (unpublished): it is skipped, never shown as a bare id.
 */
type WithId = { id: number }

const idOf = (entry: unknown): number | undefined =>
  typeof entry === 'number' ? entry : typeof entry === 'object' && entry !== null && typeof (entry as WithId).id === 'number' ? (entry as WithId).id : undefined

export function resolve<T extends WithId>(entries: readonly unknown[] | null | undefined, docs: readonly T[]): T[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const found: T[] = []
  for (const entry of entries ?? []) {
    const id = idOf(entry)
    const doc = id === undefined ? undefined : byId.get(id)
    if (doc && !found.includes(doc)) found.push(doc)
  }
  return found
}

/** A join field (`{ docs: [...] }`) resolved the same way. */
export const resolveJoin = <T extends WithId>(join: { docs?: readonly unknown[] } | null | undefined, docs: readonly T[]): T[] => resolve(join?.docs, docs)
