import type { CollectionConfig } from 'payload'

/** Drafts with autosave and scheduled publishing; history kept for review and rollback. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: {
    autosave: { interval: 2000 },
    schedulePublish: true,
  },
  maxPerDoc: 50,
}
