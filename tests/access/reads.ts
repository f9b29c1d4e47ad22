import { CONTENT, expected, LOCALES, ROLES, type Collection, type Content, type Locale, type Role, type Subject } from './policy'
import { GRAPHQL_LIGHT_SELECTION, GRAPHQL_NAMES, GRAPHQL_SELECTION, graphql, graphqlOutcome, outcomeOf, send } from './requests'
import { checked, tokenOf, type Probe, type World } from './world'

type Doc = World['docs'][number]

/**
 * Anonymous reads populate relations and joins (where leaks hide; every depth up to 4 is read in
 * hiddenFields.ts); staff reads stay shallow and cheap, since staff may read every document.
 */
const depthFor = (role: Role) => (role === 'anonymous' ? 1 : 0)

/**
 * Staff may read every document, so their by-id reads take one language per document and view in
 * turn; the public's reads take every language.
 */
const readsIn = (role: Role, index: number, draft: boolean): readonly Locale[] =>
  role === 'anonymous' ? LOCALES : [LOCALES[(index + (draft ? 1 : 0)) % LOCALES.length]]

/** An allowed read of a document must show that document's own text. */
function showsItsText(doc: Doc, body: unknown, actual: string): string {
  if (actual !== 'allow') return actual
  const text = JSON.stringify(body)
  return doc.all.some((marker) => text.includes(marker)) ? 'allow' : 'allow, without its text'
}

export function contentReads(world: World): Probe[] {
  const probes: Probe[] = []
  for (const role of ROLES) {
    const token = tokenOf(world, role)
    for (const collection of CONTENT) {
      const docs = world.docs.filter((doc) => doc.collection === collection)
      const ids = docs.map((doc) => doc.id)
      for (const draft of [false, true]) {
        const view = draft ? '?draft' : ''
        for (const locale of LOCALES) {
          probes.push(async () => {
            const reply = await send(
              world.server,
              token,
              'GET',
              `/api/${collection}?locale=${locale}&depth=${depthFor(role)}&limit=100${draft ? '&draft=true' : ''}&where[id][in]=${ids.join(',')}`,
            )
            const listed = new Set<number>(reply.status === 200 ? reply.body.docs.map((doc: { id: number }) => doc.id) : [])
            return docs.map((doc, index) =>
              checked(
                world,
                { role, path: `REST GET /${view}`, target: collection, op: 'find', locale, state: doc.state, expected: expected(role, collection, 'find', doc.state, locale) },
                reply.status === 200 ? (listed.has(doc.id) ? 'allow' : 'hidden') : outcomeOf(reply.status),
                index === 0 ? reply.body : undefined,
              ),
            )
          })
        }
        docs.forEach((doc, index) => {
          for (const locale of readsIn(role, index, draft)) {
            probes.push(async () => {
              const reply = await send(world.server, token, 'GET', `/api/${collection}/${doc.id}?locale=${locale}&depth=${depthFor(role)}${draft ? '&draft=true' : ''}`)
              return [
                checked(
                  world,
                  { role, path: `REST GET /:id${view}`, target: collection, op: 'findByID', locale, state: doc.state, expected: expected(role, collection, 'findByID', doc.state, locale) },
                  showsItsText(doc, reply.body, outcomeOf(reply.status)),
                  reply.body,
                ),
              ]
            })
          }
        })
        for (const locale of ['en', 'th'] as const) probes.push(() => graphqlReads(world, role, collection, docs, locale, draft))
      }
      for (const doc of docs) probes.push(() => restCountAndVersion(world, role, doc))
      probes.push(() => restVersionLists(world, role, collection, docs))
    }
  }
  return probes
}

/** One list of versions for all documents of a collection: each document must have (or not show) its own. */
async function restVersionLists(world: World, role: Role, collection: Content, docs: Doc[]) {
  const reply = await send(world.server, tokenOf(world, role), 'GET', `/api/${collection}/versions?where[parent][in]=${docs.map((doc) => doc.id).join(',')}&depth=0&limit=1000`)
  const parents = new Set<number>(reply.status === 200 ? reply.body.docs.map((version: { parent: number }) => version.parent) : [])
  return docs.map((doc, index) =>
    checked(
      world,
      { role, path: 'REST GET /versions', target: collection, op: 'versions', locale: '-', state: doc.state, expected: expected(role, collection, 'versions', doc.state, '-') },
      reply.status === 200 ? (parents.has(doc.id) ? 'allow' : 'hidden') : outcomeOf(reply.status),
      index === 0 ? reply.body : undefined,
    ),
  )
}

async function restCountAndVersion(world: World, role: Role, doc: Doc) {
  const token = tokenOf(world, role)
  const { collection, id, state } = doc
  const cell = (path: string, op: 'count' | 'versions') => ({ role, path, target: collection, op, locale: '-' as const, state, expected: expected(role, collection, op, state, '-') })
  const count = await send(world.server, token, 'GET', `/api/${collection}/count?where[id][equals]=${id}`)
  const version = await send(world.server, token, 'GET', `/api/${collection}/versions/${doc.versionId}?depth=0`)
  return [
    checked(world, cell('REST GET /count', 'count'), count.status === 200 ? (count.body.totalDocs === 1 ? 'allow' : 'hidden') : outcomeOf(count.status), count.body),
    checked(world, cell('REST GET /versions/:id', 'versions'), outcomeOf(version.status), version.body),
  ]
}

/** One GraphQL request per role, collection, language and view: the list, each document, counts and versions. */
async function graphqlReads(world: World, role: Role, collection: Content, docs: Doc[], locale: 'en' | 'th', draft: boolean) {
  const { one, many } = GRAPHQL_NAMES[collection]
  const select = role === 'anonymous' ? GRAPHQL_SELECTION[collection] : GRAPHQL_LIGHT_SELECTION[collection]
  const args = `locale: ${locale}, draft: ${draft}`
  const byId = docs.filter((_, index) => readsIn(role, index, draft).some((item) => item === locale || item === 'all'))
  const fields = [
    // A page just big enough for these documents: GraphQL's cost limit counts every relation once per document of the page.
    `list: ${many}(where: { OR: [${docs.map((doc) => `{ id: { equals: ${doc.id} } }`).join(', ')}] }, limit: ${docs.length}, ${args}) { docs { ${select} } }`,
    ...byId.map((doc) => `d${doc.id}: ${one}(id: ${doc.id}, ${args}) { ${select} }`),
    ...(draft
      ? []
      : docs.flatMap((doc) => [
          `c${doc.id}: count${many}(where: { id: { equals: ${doc.id} } }) { totalDocs }`,
          `v${doc.id}: versions${many}(where: { parent: { equals: ${doc.id} } }) { totalDocs }`,
          `w${doc.id}: version${one}(id: ${doc.versionId}) { id }`,
        ])),
  ]
  const reply = await graphql(world.server, tokenOf(world, role), `{ ${fields.join('\n')} }`)
  const view = draft ? ' (draft: true)' : ''
  const cell = (doc: Doc, path: string, op: 'find' | 'findByID' | 'count' | 'versions', cellLocale: Locale = locale) => ({
    role,
    path: `GraphQL ${path}${view}`,
    target: collection,
    op,
    locale: cellLocale,
    state: doc.state,
    expected: expected(role, collection, op, doc.state, cellLocale),
  })
  const list = graphqlOutcome(reply, 'list')
  const listed = new Set<number>(list === 'allow' ? reply.body.data.list.docs.map((doc: { id: number }) => doc.id) : [])
  const results = docs.map((doc, index) =>
    checked(world, cell(doc, many, 'find'), list === 'allow' ? (listed.has(doc.id) ? 'allow' : 'hidden') : list, index === 0 ? reply.body : undefined),
  )
  for (const doc of byId) {
    results.push(checked(world, cell(doc, one, 'findByID'), showsItsText(doc, reply.body?.data?.[`d${doc.id}`], graphqlOutcome(reply, `d${doc.id}`))))
  }
  if (!draft) {
    for (const doc of docs) {
      const counted = graphqlOutcome(reply, `c${doc.id}`)
      const total = reply.body?.data?.[`c${doc.id}`]?.totalDocs
      const versions = graphqlOutcome(reply, `v${doc.id}`)
      results.push(
        checked(world, cell(doc, `count${many}`, 'count', '-'), counted === 'allow' ? (total === 1 ? 'allow' : 'hidden') : counted),
        checked(world, cell(doc, `versions${many}`, 'versions', '-'), versions === 'allow' && !reply.body.data[`v${doc.id}`].totalDocs ? 'hidden' : versions),
        checked(world, cell(doc, `version${one}`, 'versions', '-'), graphqlOutcome(reply, `w${doc.id}`)),
      )
    }
  }
  return results
}

/** The other collections and the clinic profile: one document each (an image, a user, a workflow record). */
export function otherReads(world: World): Probe[] {
  const probes: Probe[] = []
  for (const role of ROLES) {
    const token = tokenOf(world, role)
    const subjects: Array<{ target: Collection; id: number; state: Subject }> = [
      { target: 'media', id: world.image, state: 'image' },
      { target: 'users', id: world.actors.ids.admin, state: role === 'admin' ? 'self' : 'other-user' },
      ...(role === 'anonymous' || role === 'admin' ? [] : [{ target: 'users' as const, id: world.actors.ids[role], state: 'self' as const }]),
      ...(['review-states', 'review-events', 'translation-states'] as const).map((target) => ({ target, id: world.records[target], state: 'record' as const })),
    ]
    for (const { target, id, state } of subjects) {
      // Only the image and the clinic profile have text per language.
      for (const locale of target === 'media' ? LOCALES : (['en'] as const)) {
        probes.push(async () => {
          const cell = (path: string, op: 'find' | 'findByID' | 'count') => ({ role, path, target, op, locale, state, expected: expected(role, target, op, state, locale) })
          const byId = await send(world.server, token, 'GET', `/api/${target}/${id}?locale=${locale}&depth=1`)
          const list = await send(world.server, token, 'GET', `/api/${target}?locale=${locale}&depth=1&where[id][equals]=${id}`)
          const count = await send(world.server, token, 'GET', `/api/${target}/count?locale=${locale}&where[id][equals]=${id}`)
          const results = [
            checked(world, cell('REST GET /:id', 'findByID'), outcomeOf(byId.status), byId.body),
            checked(world, cell('REST GET /', 'find'), list.status === 200 ? (list.body.totalDocs === 1 ? 'allow' : 'hidden') : outcomeOf(list.status), list.body),
            checked(world, cell('REST GET /count', 'count'), count.status === 200 ? (count.body.totalDocs === 1 ? 'allow' : 'hidden') : outcomeOf(count.status), count.body),
          ]
          if (locale !== 'all') {
            const { one, many } = GRAPHQL_NAMES[target]
            const select = GRAPHQL_SELECTION[target]
            const reply = await graphql(
              world.server,
              token,
              `{ one: ${one}(id: ${id}, locale: ${locale}) { ${select} } list: ${many}(where: { id: { equals: ${id} } }, locale: ${locale}) { docs { id } } count: count${many}(where: { id: { equals: ${id} } }) { totalDocs } }`,
            )
            const listed = graphqlOutcome(reply, 'list')
            const counted = graphqlOutcome(reply, 'count')
            results.push(
              checked(world, cell(`GraphQL ${one}`, 'findByID'), graphqlOutcome(reply, 'one'), reply.body),
              checked(world, cell(`GraphQL ${many}`, 'find'), listed === 'allow' && !reply.body.data.list.docs.length ? 'hidden' : listed),
              checked(world, cell(`GraphQL count${many}`, 'count'), counted === 'allow' && reply.body.data.count.totalDocs !== 1 ? 'hidden' : counted),
            )
          }
          return results
        })
      }
    }
    for (const locale of LOCALES) {
      probes.push(async () => {
        const cell = (path: string) => ({ role, path, target: 'clinic-profile', op: 'findByID', locale, state: 'profile' as const, expected: expected(role, 'clinic-profile', 'findByID', 'profile', locale) })
        const rest = await send(world.server, token, 'GET', `/api/globals/clinic-profile?locale=${locale}&depth=2`)
        const results = [checked(world, cell('REST GET /globals/clinic-profile'), outcomeOf(rest.status), rest.body)]
        if (locale !== 'all') {
          const reply = await graphql(world.server, token, `{ profile: ClinicProfile(locale: ${locale}) { name servicesOffered { id name } } }`)
          results.push(checked(world, cell('GraphQL ClinicProfile'), graphqlOutcome(reply, 'profile'), reply.body))
        }
        return results
      })
    }
  }
  return probes
}
