import { CONTENT_FIELDS, uploadImage } from './fixtures'
import { CONTENT, expected, ROLES, STATES, type Content, type Locale, type Operation, type Role, type State, type Subject, type Target } from './policy'
import { GRAPHQL_NAMES, graphql, graphqlOutcome, outcomeOf, send, type Reply } from './requests'
import { checked, rotate, tokenOf, type Probe, type World } from './world'

type Doc = World['docs'][number]
type Variant = { op: Operation; path: string; locale: Locale }

/** Every write of a medical document, by path and language. GraphQL has no bulk operations and no per-language publish. */
const CONTENT_WRITES: Variant[] = [
  { op: 'create', path: 'REST POST /', locale: 'en' },
  { op: 'create', path: 'GraphQL create', locale: 'en' },
  ...(['en', 'th'] as const).flatMap((locale) => [
    { op: 'update' as const, path: 'REST PATCH /:id?draft', locale },
    { op: 'update' as const, path: 'GraphQL update (draft: true)', locale },
    { op: 'bulkUpdate' as const, path: 'REST PATCH /?where&draft', locale },
    { op: 'publish' as const, path: 'REST PATCH /:id?publishSpecificLocale', locale },
  ]),
  { op: 'publish', path: 'REST PATCH /:id', locale: 'all' },
  { op: 'publish', path: 'GraphQL update', locale: 'all' },
  { op: 'delete', path: 'REST DELETE /:id', locale: '-' },
  { op: 'delete', path: 'GraphQL delete', locale: '-' },
  { op: 'bulkDelete', path: 'REST DELETE /?where', locale: '-' },
  { op: 'restoreVersion', path: 'REST POST /versions/:id?draft', locale: '-' },
  { op: 'restoreVersion', path: 'GraphQL restoreVersion (draft: true)', locale: '-' },
  { op: 'duplicate', path: 'REST POST /:id/duplicate', locale: '-' },
  { op: 'duplicate', path: 'GraphQL duplicate', locale: '-' },
]

/** Writes that, when allowed, would change a shared document: they get a fresh one. */
const changesTheDocument = (op: Operation, state: Subject) =>
  op === 'delete' || op === 'bulkDelete' || (op === 'publish' && (state === 'approved' || state === 'scheduled'))

let created = 0
const unique = (what: string) => `${what}-${++created}-${Date.now().toString(36)}`

/** The document's own text in `locale`, sent back unchanged: a draft save that leaves its review state as it was. */
const sameText = (doc: { collection: Content; latest: { en: string; th: string } }, locale: Locale) =>
  CONTENT_FIELDS[doc.collection].text(doc.latest[locale === 'th' ? 'th' : 'en'])

function newDocument(collection: Content) {
  const slug = unique('matrix-created')
  return { ...CONTENT_FIELDS[collection].text(`Created by the access matrix ${slug}`), ...CONTENT_FIELDS[collection].required, slug }
}

/** Sends one write of a medical document and says how it came out. */
async function writeContent(world: World, role: Role, variant: Variant, doc: Doc | Awaited<ReturnType<World['fresh']>>): Promise<{ actual: string; body: unknown }> {
  const token = tokenOf(world, role)
  const { collection, id } = doc
  const { one } = GRAPHQL_NAMES[collection]
  const { op, path, locale } = variant
  const versionId = 'versionId' in doc ? doc.versionId : undefined
  const rest = path.startsWith('REST')
  const gql = async (query: string, variables?: Record<string, unknown>) => {
    const reply = await graphql(world.server, token, query, variables)
    return { actual: graphqlOutcome(reply, 'r'), body: reply.body, id: reply.body?.data?.r?.id as number | undefined }
  }
  const http = async (method: string, url: string, body?: unknown) => {
    const reply: Reply = await send(world.server, token, method, url, body)
    return { actual: outcomeOf(reply.status), body: reply.body, id: reply.body?.doc?.id as number | undefined, reply }
  }
  const bulk = async (method: string, url: string, body?: unknown) => {
    const result = await http(method, url, body)
    if (result.reply.status !== 200) return result
    return { ...result, actual: result.reply.body.docs?.some((item: { id: number }) => item.id === id) ? 'allow' : 'hidden' }
  }
  switch (op) {
    case 'create':
      return rest
        ? http('POST', `/api/${collection}?locale=en&draft=true`, newDocument(collection))
        : gql(`mutation ($data: mutation${one}Input!) { r: create${one}(data: $data, draft: true, locale: en) { id } }`, { data: newDocument(collection) })
    case 'update':
      return rest
        ? http('PATCH', `/api/${collection}/${id}?locale=${locale}&draft=true`, sameText(doc, locale))
        : gql(`mutation ($data: mutation${one}UpdateInput!) { r: update${one}(id: ${id}, data: $data, draft: true, locale: ${locale}) { id } }`, { data: sameText(doc, locale) })
    case 'bulkUpdate':
      return bulk('PATCH', `/api/${collection}?where[id][equals]=${id}&locale=${locale}&draft=true`, sameText(doc, locale))
    case 'publish':
      if (!rest) return gql(`mutation { r: update${one}(id: ${id}, data: { _status: published }) { id } }`)
      return http('PATCH', `/api/${collection}/${id}${locale === 'all' ? '' : `?locale=${locale}&publishSpecificLocale=${locale}`}`, { _status: 'published' })
    case 'delete':
      return rest ? http('DELETE', `/api/${collection}/${id}`) : gql(`mutation { r: delete${one}(id: ${id}) { id } }`)
    case 'bulkDelete':
      return bulk('DELETE', `/api/${collection}?where[id][equals]=${id}`)
    case 'restoreVersion':
      return rest
        ? http('POST', `/api/${collection}/versions/${versionId}?draft=true`)
        : gql(`mutation { r: restoreVersion${one}(id: ${versionId}, draft: true) { id } }`)
    case 'duplicate': {
      const result = rest
        ? await http('POST', `/api/${collection}/${id}/duplicate?locale=en`, { slug: unique('matrix-copy') })
        : await gql(`mutation ($data: mutation${one}Input!) { r: duplicate${one}(id: ${id}, data: $data) { id } }`, {
            data: { ...CONTENT_FIELDS[collection].required, slug: unique('matrix-copy') },
          })
      // A copy is a new draft: nothing reaches the public without review.
      if (result.actual === 'allow' && result.id !== undefined) {
        const copy = await send(world.server, undefined, 'GET', `/api/${collection}/${result.id}`)
        if (copy.status !== 404) return { ...result, actual: `allow, and the copy is public (${copy.status})` }
      }
      return result
    }
    default:
      throw new Error(`no write ${op}`)
  }
}

/**
 * Writes of medical documents: every role, collection, operation, language and path, on a
 * document whose state is taken in turn (writes are allowed or refused by role, not by state); an
 * admin's publish, whose answer depends on the review state, in every state (collections in turn).
 */
export function contentWrites(world: World): Probe[] {
  const probes: Probe[] = []
  const states = Object.keys(STATES) as State[]
  const add = (role: Role, collection: Content, variant: Variant, state: State) => {
    const outcome = expected(role, collection, variant.op, state, variant.locale)
    const fresh = outcome === 'allow' && changesTheDocument(variant.op, state)
    // A fresh document to delete is a draft: cheaper to make, and deleting does not depend on the state.
    const subject: State = fresh && variant.op !== 'publish' ? 'draft' : state
    probes.push(async () => {
      const doc = fresh ? await world.fresh(collection, subject) : world.docs.find((item) => item.collection === collection && item.state === subject)!
      const { actual, body } = await writeContent(world, role, variant, doc)
      return [
        checked(
          world,
          { role, path: variant.path, target: collection, op: variant.op, locale: variant.locale, state: subject, expected: expected(role, collection, variant.op, subject, variant.locale) },
          actual,
          body,
        ),
      ]
    })
  }
  for (const role of ROLES) {
    let turn = ROLES.indexOf(role)
    for (const collection of CONTENT) {
      for (const variant of CONTENT_WRITES) {
        if (role === 'admin' && variant.op === 'publish') continue
        add(role, collection, variant, rotate(states, turn++))
      }
    }
  }
  let turn = 0
  for (const variant of CONTENT_WRITES.filter(({ op }) => op === 'publish')) {
    for (const state of states) add('admin', rotate(CONTENT, turn++), variant, state)
  }
  return probes
}

/** A bulk write (`where`) did its work when the document is among those it returns; none returned: not found. */
function bulkOutcome(result: { actual: string; body: unknown; reply: Reply }, id: number) {
  if (result.reply.status !== 200) return result
  return { ...result, actual: result.reply.body.docs?.some((item: { id: number }) => item.id === id) ? 'allow' : 'hidden' }
}

/** Writes of the image, user accounts, workflow records and the clinic profile. */
export function otherWrites(world: World): Probe[] {
  const probes: Probe[] = []
  const cell = (role: Role, path: string, target: Target, op: Operation, state: Subject, locale: Locale = '-') => ({
    role,
    path,
    target,
    op,
    locale,
    state,
    expected: expected(role, target, op, state, locale),
  })
  for (const role of ROLES) {
    const token = tokenOf(world, role)
    const gql = async (query: string, variables?: Record<string, unknown>) => {
      const reply = await graphql(world.server, token, query, variables)
      return { actual: graphqlOutcome(reply, 'r'), body: reply.body }
    }
    const http = async (method: string, url: string, body?: unknown) => {
      const reply = await send(world.server, token, method, url, body)
      return { actual: outcomeOf(reply.status), body: reply.body, reply }
    }
    const probe = (spec: ReturnType<typeof cell>, run: () => Promise<{ actual: string; body: unknown }>) =>
      probes.push(async () => {
        const { actual, body } = await run()
        return [checked(world, spec, actual, body)]
      })

    // The image: uploads (REST only: GraphQL takes no files), alt text, deletion of a fresh image.
    probe(cell(role, 'REST POST / (upload)', 'media', 'create', 'image', 'en'), async () => {
      const reply = await uploadImage(world.server, token, 'Uploaded by the access matrix')
      return { actual: outcomeOf(reply.status), body: reply.body }
    })
    for (const locale of ['en', 'th'] as const) {
      probe(cell(role, 'REST PATCH /:id', 'media', 'update', 'image', locale), () => http('PATCH', `/api/media/${world.image}?locale=${locale}`, { alt: 'Treatment room' }))
      probe(cell(role, 'GraphQL updateMedia', 'media', 'update', 'image', locale), () =>
        gql(`mutation { r: updateMedia(id: ${world.image}, locale: ${locale}, data: { alt: "Treatment room" }) { id } }`),
      )
    }
    const imageToDelete = async () => {
      if (expected(role, 'media', 'delete', 'image', '-') !== 'allow') return world.image
      const upload = await uploadImage(world.server, world.actors.tokens.editor)
      if (upload.status !== 201) throw new Error(`uploading an image to delete: ${upload.status} ${JSON.stringify(upload.body)}`)
      return upload.body.doc.id as number
    }
    probe(cell(role, 'REST DELETE /:id', 'media', 'delete', 'image'), async () => http('DELETE', `/api/media/${await imageToDelete()}`))
    probe(cell(role, 'GraphQL deleteMedia', 'media', 'delete', 'image'), async () => gql(`mutation { r: deleteMedia(id: ${await imageToDelete()}) { id } }`))
    probe(cell(role, 'REST POST /:id/duplicate', 'media', 'duplicate', 'image'), () => http('POST', `/api/media/${world.image}/duplicate`, {}))
    probe(cell(role, 'REST PATCH /?where', 'media', 'bulkUpdate', 'image', 'en'), async () => bulkOutcome(await http('PATCH', `/api/media?where[id][equals]=${world.image}&locale=en`, { alt: 'Treatment room' }), world.image))
    probe(cell(role, 'REST DELETE /?where', 'media', 'bulkDelete', 'image'), async () => {
      const id = await imageToDelete()
      return bulkOutcome(await http('DELETE', `/api/media?where[id][equals]=${id}`), id)
    })

    // User accounts: one's own, someone else's, new ones; deletion of a fresh account.
    const other = role === 'admin' ? world.actors.ids.editor : world.actors.ids.admin
    const accounts: Array<{ id: number; state: 'self' | 'other-user' }> = [{ id: other, state: 'other-user' }]
    if (role !== 'anonymous') accounts.push({ id: world.actors.ids[role], state: 'self' })
    for (const { id, state } of accounts) {
      // The name each account already has: an update that changes nothing.
      const name = async () => (await send(world.server, world.actors.tokens.admin, 'GET', `/api/users/${id}`)).body.name ?? null
      probe(cell(role, 'REST PATCH /:id', 'users', 'update', state), async () => http('PATCH', `/api/users/${id}`, { name: await name() }))
      probe(cell(role, 'GraphQL updateUser', 'users', 'update', state), async () =>
        gql(`mutation ($name: String) { r: updateUser(id: ${id}, data: { name: $name }) { id } }`, { name: await name() }),
      )
      probe(cell(role, 'REST PATCH /?where', 'users', 'bulkUpdate', state), async () => bulkOutcome(await http('PATCH', `/api/users?where[id][equals]=${id}`, { name: await name() }), id))
    }
    const newUser = () => ({ email: `${unique('matrix-user')}@example.com`, password: 'correct horse battery staple', roles: ['editor'] })
    probe(cell(role, 'REST POST /', 'users', 'create', 'other-user'), () => http('POST', '/api/users', newUser()))
    probe(cell(role, 'GraphQL createUser', 'users', 'create', 'other-user'), () =>
      gql('mutation ($data: mutationUserInput!) { r: createUser(data: $data) { id } }', { data: newUser() }),
    )
    const userToDelete = async () => {
      if (expected(role, 'users', 'delete', 'other-user', '-') !== 'allow') return other
      return (await send(world.server, world.actors.tokens.admin, 'POST', '/api/users', newUser())).body.doc.id as number
    }
    probe(cell(role, 'REST DELETE /:id', 'users', 'delete', 'other-user'), async () => http('DELETE', `/api/users/${await userToDelete()}`))
    probe(cell(role, 'GraphQL deleteUser', 'users', 'delete', 'other-user'), async () => gql(`mutation { r: deleteUser(id: ${await userToDelete()}) { id } }`))
    probe(cell(role, 'REST DELETE /?where', 'users', 'bulkDelete', 'other-user'), async () => {
      const id = await userToDelete()
      return bulkOutcome(await http('DELETE', `/api/users?where[id][equals]=${id}`), id)
    })

    // Workflow records: written by the server only.
    for (const target of ['review-states', 'review-events', 'translation-states'] as const) {
      const id = world.records[target]
      const { one } = GRAPHQL_NAMES[target]
      probe(cell(role, 'REST POST /', target, 'create', 'record'), () => http('POST', `/api/${target}`, {}))
      probe(cell(role, 'REST PATCH /:id', target, 'update', 'record'), () => http('PATCH', `/api/${target}/${id}`, {}))
      probe(cell(role, 'REST PATCH /?where', target, 'bulkUpdate', 'record'), () => http('PATCH', `/api/${target}?where[id][equals]=${id}`, {}))
      probe(cell(role, 'REST DELETE /:id', target, 'delete', 'record'), () => http('DELETE', `/api/${target}/${id}`))
      probe(cell(role, 'REST DELETE /?where', target, 'bulkDelete', 'record'), () => http('DELETE', `/api/${target}?where[id][equals]=${id}`))
      probe(cell(role, `GraphQL delete${one}`, target, 'delete', 'record'), () => gql(`mutation { r: delete${one}(id: ${id}) { id } }`))
      probe(cell(role, `GraphQL update${one}`, target, 'update', 'record'), () => gql(`mutation { r: update${one}(id: ${id}, data: {}) { id } }`))
    }

    // The clinic profile: the admin's alone.
    for (const locale of ['en', 'th'] as const) {
      const name = async () => (await send(world.server, undefined, 'GET', `/api/globals/clinic-profile?locale=${locale}&fallback-locale=none`)).body.name ?? null
      probe(cell(role, 'REST POST /globals/clinic-profile', 'clinic-profile', 'update', 'profile', locale), async () =>
        http('POST', `/api/globals/clinic-profile?locale=${locale}`, { name: await name() }),
      )
      probe(cell(role, 'GraphQL updateClinicProfile', 'clinic-profile', 'update', 'profile', locale), async () =>
        gql(`mutation ($name: String) { r: updateClinicProfile(locale: ${locale}, data: { name: $name }) { name } }`, { name: await name() }),
      )
    }
  }
  return probes
}
