import type { Fields, Locale, StoryCollection } from './content'

/** One save the server acknowledged (2xx), with the content it was sent, per language. */
export type AcknowledgedSave = {
  operation: string
  content: Partial<Record<Locale, Fields>>
  /** The document's updatedAt in the answer: places the save in the version history. */
  updatedAt: string
}

/** A document the soak writes, and everything the server said yes to. */
export type TrackedDocument = {
  collection: StoryCollection
  id: number
  slug: string
  label: string
  saves: AcknowledgedSave[]
  /** The newest acknowledged value of every field the soak wrote, per language. */
  current: Record<Locale, Fields>
  /** What anonymous readers must see once the publish was acknowledged. */
  published?: Record<Locale, Fields>
}

/** The record of acknowledged writes that the verification holds the database to. */
export class Ledger {
  readonly documents: TrackedDocument[] = []

  track(collection: StoryCollection, id: number, slug: string, label: string): TrackedDocument {
    const document: TrackedDocument = { collection, id, slug, label, saves: [], current: { en: {}, th: {} } }
    this.documents.push(document)
    return document
  }

  acknowledge(document: TrackedDocument, operation: string, content: Partial<Record<Locale, Fields>>, updatedAt: string): void {
    document.saves.push({ operation, content, updatedAt })
    for (const locale of ['en', 'th'] as const) Object.assign(document.current[locale], content[locale] ?? {})
  }

  /** A publish saves every language as it is: the current content becomes the public one. */
  published(document: TrackedDocument, updatedAt: string): void {
    const snapshot = { en: { ...document.current.en }, th: { ...document.current.th } }
    this.acknowledge(document, 'admin: publish', snapshot, updatedAt)
    document.published = snapshot
  }

  get saves(): number {
    return this.documents.reduce((sum, document) => sum + document.saves.length, 0)
  }

  get publishedDocuments(): TrackedDocument[] {
    return this.documents.filter((document) => document.published)
  }
}
