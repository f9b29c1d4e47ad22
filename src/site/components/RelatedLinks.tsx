import type { View } from '../page'
import { Localized } from './Localized'

export type LinkedDocument = { id: number; slug?: string | null; name?: string | null; title?: string | null }

/**
 * Related documents as a titled list of links. Unpublished ones come back from the API as bare
 * ids and are left out; `path` is where the list sits in the response, for fallback marking.
 */
export function RelatedLinks({ view, id, heading, collection, path, items, titleField = 'name' }: { view: View; id: string; heading: string; collection: string; path: string; items: Array<number | LinkedDocument> | null | undefined; titleField?: 'name' | 'title' }) {
  const published = (items ?? []).map((item, index) => ({ item, index })).filter((entry): entry is { item: LinkedDocument; index: number } => typeof entry.item === 'object')
  if (published.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {published.map(({ item, index }) => (
          <li key={item.id}>
            <a href={view.href(`/${collection}/${item.slug}`)}>
              <Localized view={view} path={`${path}.${index}.${titleField}`}>
                {item[titleField]}
              </Localized>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
