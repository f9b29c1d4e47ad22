import { differences, type Locale } from './content'
import type { SoakRequest } from './http'
import type { Ledger } from './ledger'

/** Slugs of the published sample content, per collection, that readers look up. */
export type SampleSlugs = Record<'conditions' | 'articles' | 'treatment-methods' | 'contraindications', string[]>

const COLLECTIONS = ['conditions', 'articles', 'treatment-methods', 'contraindications'] as const
const LOCALES: Locale[] = ['en', 'th']

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!

const hasDocs = (body: any) => (Array.isArray(body?.docs) ? undefined : 'no docs list in the answer')
const exactlyOne = (body: any) => (body?.totalDocs === 1 && body.docs?.length === 1 ? undefined : `expected one document, got ${body?.totalDocs}`)
const graphqlData = (root: string) => (body: any) =>
  body?.errors ? `GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}` : Array.isArray(body?.data?.[root]?.docs) ? undefined : `no ${root}.docs in the answer`

export async function readSampleSlugs(request: SoakRequest): Promise<SampleSlugs> {
  const slugs = {} as SampleSlugs
  for (const collection of COLLECTIONS) {
    const answer = await request('setup: sample slugs', { path: `/api/${collection}?limit=100&depth=0&select[slug]=true`, check: hasDocs })
    slugs[collection] = (answer.body?.docs ?? []).map((doc: { slug: string }) => doc.slug)
    if (!slugs[collection].length) throw new Error(`the seeded database has no published ${collection}`)
  }
  return slugs
}

/**
 * An anonymous front end: one request after another, in either language, over REST and GraphQL —
 * lists, one document by slug with its relations, the clinic profile, and the stories published
 * during the soak, whose content must be what the editors and the translator wrote.
 */
export function anonymousReader(request: SoakRequest, slugs: SampleSlugs, ledger: Ledger) {
  const reads: Array<() => Promise<unknown>> = [
    () => {
      const collection = pick(COLLECTIONS)
      return request('reader: REST list', { path: `/api/${collection}?locale=${pick(LOCALES)}&limit=10&depth=0`, check: hasDocs })
    },
    () => request('reader: REST list depth 1', { path: `/api/conditions?locale=${pick(LOCALES)}&limit=5&depth=1`, check: hasDocs }),
    () => {
      const collection = pick(COLLECTIONS)
      return request('reader: REST by slug', {
        path: `/api/${collection}?locale=${pick(LOCALES)}&where[slug][equals]=${pick(slugs[collection])}&depth=1`,
        check: exactlyOne,
      })
    },
    () =>
      request('reader: clinic profile', {
        path: `/api/globals/clinic-profile?locale=${pick(LOCALES)}`,
        check: (body) => (typeof body?.name === 'string' && body.name ? undefined : 'the clinic profile has no name'),
      }),
    () =>
      request('reader: GraphQL list', {
        path: '/api/graphql',
        body: { query: `{ Conditions(locale: ${pick(LOCALES)}, limit: 10, sort: "slug") { docs { slug name recommendedMethods { slug name } } } }` },
        check: graphqlData('Conditions'),
      }),
    () =>
      request('reader: GraphQL by slug', {
        path: '/api/graphql',
        body: {
          query: `query ($slug: String) { Articles(locale: ${pick(LOCALES)}, where: { slug: { equals: $slug } }) { docs { slug title readingTimeMinutes conditions { slug name } treatmentMethods { slug name } } } }`,
          variables: { slug: pick(slugs.articles) },
        },
        check: graphqlData('Articles'),
      }),
    () =>
      request('reader: GraphQL list', {
        path: '/api/graphql',
        body: { query: `{ TreatmentMethods(locale: ${pick(LOCALES)}, limit: 5) { docs { slug name contraindications { slug severity } } } }` },
        check: graphqlData('TreatmentMethods'),
      }),
  ]

  return async function readOnce(): Promise<void> {
    const published = ledger.publishedDocuments
    // One read in five looks for a story published during the soak, once there is one.
    if (published.length && Math.random() < 0.2) {
      const document = pick(published)
      const locale = pick(LOCALES)
      await request('reader: published story', {
        path: `/api/${document.collection}?locale=${locale}&where[slug][equals]=${document.slug}&depth=0`,
        check: (body) => exactlyOne(body) ?? (differences(document.published![locale], body.docs[0]).join('; ') || undefined),
      })
      return
    }
    await pick(reads)()
  }
}
