import type { View } from '../page'
import { Localized } from './Localized'

import type { ReactNode } from 'react'

type Card = { id: number; slug: string } & Partial<Record<'title' | 'name' | 'summary' | 'excerpt', string | null>>

/** A list page's documents as cards: the title linking to the page, the summary, anything extra. */
export function DocumentCards<T extends Card>({
  view,
  collection,
  docs,
  titleField,
  textField,
  extra,
}: {
  view: View
  collection: string
  docs: T[]
  titleField: 'title' | 'name'
  textField: 'summary' | 'excerpt'
  extra?: (doc: T, index: number) => ReactNode
}) {
  if (docs.length === 0) return <p>{view.t('empty')}</p>
  return (
    <ul className="card-list">
      {docs.map((doc, index) => {
        const text = doc[textField]
        return (
          <li key={doc.id} className="card">
            <a href={view.href(`/${collection}/${doc.slug}`)}>
              <Localized view={view} path={`docs.${index}.${titleField}`}>
                {doc[titleField]}
              </Localized>
            </a>
            {text && (
              <Localized view={view} path={`docs.${index}.${textField}`} as="p">
                {text}
              </Localized>
            )}
            {extra?.(doc, index)}
          </li>
        )
      })}
    </ul>
  )
}
