import { APIError, type CollectionBeforeOperationHook, type FlattenedField, type PayloadRequest, type SanitizedConfig } from 'payload'

type Joins = Record<string, { sort?: unknown } | false | undefined> | false | undefined

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).filter((path): path is string => typeof path === 'string' && path !== '')

/**
 * Is a field on this path hidden from the reader: `hidden` (password hash and salt, reset tokens,
 * lockout counters) or closed by its own read access? The path may go through relations into other
 * collections (`author.hash`).
 */
async function hiddenOnPath(req: PayloadRequest, fields: FlattenedField[], path: string): Promise<boolean> {
  let current = fields
  for (const segment of path.replace(/^-/, '').replace(/__/g, '.').split('.')) {
    const field = current.find((candidate) => candidate.name === segment)
    if (!field) return false // not a field (e.g. a locale segment): Payload's own validation answers for it
    if (field.hidden) return true
    if (field.access?.read && !(await field.access.read({ req, doc: undefined, siblingData: {}, data: {} } as never))) return true
    if ('flattenedFields' in field) current = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      current = req.payload.collections[field.relationTo]?.config.flattenedFields ?? []
    } else if (field.type === 'join' && typeof field.collection === 'string') {
      current = req.payload.collections[field.collection]?.config.flattenedFields ?? []
    } else current = []
  }
  return false
}

/**
 * Payload refuses `where` on hidden fields, but a `sort` through a relation to one (`sort=author.hash`,
 * `joins[relatedArticles][sort]=author.salt`, `versions?sort=version.author.hash`) was accepted and
 * ordered the results by the password hashes: an oracle on values nobody may read. Such sorts get a
 * 400, as a `where` on them does.
 */
export const refuseSortsOnHiddenFields: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { sort, joins, overrideAccess } = args as { sort?: unknown; joins?: Joins; overrideAccess?: boolean }
  if (operation !== 'read' || overrideAccess === true) return args
  // Reading versions is a 'read' too; their fields are under `version.` (`sort=version.author.hash`).
  const hasVersionField = collection.flattenedFields.some((field) => field.name === 'version')
  const ownPath = (path: string) => (hasVersionField ? path : path.replace(/^(-?)version\./, '$1'))
  const checks: Array<{ fields: FlattenedField[]; path: string }> = sortPaths(sort).map((path) => ({ fields: collection.flattenedFields, path: ownPath(path) }))
  for (const [name, join] of Object.entries(joins || {})) {
    const field = collection.flattenedFields.find((candidate) => candidate.name === name)
    if (!join || field?.type !== 'join' || typeof field.collection !== 'string') continue
    const joined = req.payload.collections[field.collection]?.config.flattenedFields ?? []
    checks.push(...sortPaths(join.sort).map((path) => ({ fields: joined, path })))
  }
  for (const { fields, path } of checks) {
    if (await hiddenOnPath(req, fields, path)) throw new APIError(`Cannot sort on "${path}": the field is not readable.`, 400, undefined, true)
  }
  return args
}

/**
 * Adds the sort guard to every collection of a built config, Payload's own included (locked
 * documents and preferences relate to users too), which exist only once the config is built.
 */
export function guardSortsInEveryCollection(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseSortsOnHiddenFields, ...(collection.hooks.beforeOperation ?? [])]
  }
  return config
}
