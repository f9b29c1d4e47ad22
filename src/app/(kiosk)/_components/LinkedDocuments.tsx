'use client'

import type { Localized } from '@/kiosk/types'

import { Text } from './Localized'

type Linked = { id: number; name?: Localized<string> }

/** Related documents as buttons that open them (unpublished ones were already left out). */
export function LinkedDocuments({ heading, docs, open }: { heading: string; docs: Linked[]; open: (id: number) => void }) {
  if (docs.length === 0) return null
  return (
    <section className="k-section">
      <h2>{heading}</h2>
      <ul className="k-chips">
        {docs.map((doc) => (
          <li key={doc.id}>
            <button type="button" className="k-chip" onClick={() => open(doc.id)}>
              <Text value={doc.name} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
