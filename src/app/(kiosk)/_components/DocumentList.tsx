'use client'

import { byName } from '@/kiosk/text'
import type { Localized } from '@/kiosk/types'

import { Text } from './Localized'
import { ScreenTitle } from './ScreenTitle'
import { useView } from './view'

type Listed = { id: number; name?: Localized<string>; summary?: Localized<string> }

/** A screen of big buttons, one per document, in alphabetical order of the reader's language. */
export function DocumentList({ title, docs, open }: { title: string; docs: Listed[]; open: (id: number) => void }) {
  const { t, lang } = useView()
  return (
    <div>
      <ScreenTitle>{title}</ScreenTitle>
      {docs.length === 0 ? (
        <p className="k-lead">{t('empty')}</p>
      ) : (
        <ul className="k-list">
          {byName(docs, lang).map((doc) => (
            <li key={doc.id}>
              <button type="button" className="k-list-button" onClick={() => open(doc.id)}>
                <Text className="k-list-name" value={doc.name} />
                <Text className="k-list-summary" value={doc.summary} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
