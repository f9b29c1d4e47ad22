import { configToSchema } from '@payloadcms/graphql'
import { parse, validate, type ExecutionArgs, type GraphQLSchema } from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildPayloadConfig } from '../src/config/buildPayloadConfig'
import { MAX_QUERY_COST, MAX_QUERY_DEPTH } from '../src/graphql/limits'
import { selectionCost } from '../src/graphql/queryCost'
import { queryLimitsRule } from '../src/graphql/queryLimits'
import { loadEnv } from '../src/server/env'
import { joinRoundTrips } from './helpers/graphqlAttacks'

// The real schema Payload builds from our config; no database or server is needed to validate against it.
let schema: GraphQLSchema

beforeAll(async () => {
  const env = loadEnv({ NODE_ENV: 'test' }, '/tmp/clinic-cms-graphql-limits')
  const config = await buildPayloadConfig(env, { databaseURI: 'postgres://nobody@127.0.0.1:1/none', secret: 'x'.repeat(32) })
  schema = configToSchema(config).schema
})

function refusals(query: string, variables: Record<string, unknown> = {}, acceptLanguage?: string): string[] {
  const headers = new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {})
  const args = { variableValues: variables, contextValue: { req: { headers, searchParams: new URLSearchParams() } } } as unknown as ExecutionArgs
  return validate(schema, parse(query), [queryLimitsRule(args)]).map((error) => error.message)
}

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query)
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition')!
  const fragments = Object.fromEntries(
    document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition]] : [])),
  )
  return selectionCost({ schema, fragments, variables }, operation.selectionSet, schema.getQueryType()!)
}

describe('GraphQL query cost', () => {
  it('charges one read plus one per document for a page of a collection', () => {
    expect(costOf('{ Articles(limit: 10) { docs { title } } }')).toBe(11)
    expect(costOf('{ Articles { docs { title } } }')).toBe(11) // Payload's default page of 10
    expect(costOf('{ Article(id: 1) { title } }')).toBe(2)
  })

  it('multiplies what is below a list by the page size, so nested joins grow with their limits', () => {
    const oneLevel = costOf('{ TreatmentMethods(limit: 10) { docs { contraindications { treatmentMethods(limit: 10) { docs { name } } } } } }')
    const biggerPages = costOf('{ TreatmentMethods(limit: 100) { docs { contraindications { treatmentMethods(limit: 100) { docs { name } } } } } }')
    expect(biggerPages).toBeGreaterThan(oneLevel * 50)
    expect(costOf(joinRoundTrips(2))).toBeGreaterThan(costOf(joinRoundTrips(1)) * 100)
  })

  it('reads limits from variables, counts aliases and fragments, and treats limit 0 as unpaged', () => {
    const withVariable = costOf('query ($n: Int) { Articles(limit: $n) { docs { title } } }', { n: 50 })
    expect(withVariable).toBe(51)
    expect(costOf('{ a: Articles(limit: 50) { docs { title } } b: Articles(limit: 50) { docs { title } } }')).toBe(102)
    const viaFragment = costOf('{ TreatmentMethods(limit: 10) { docs { ...M } } } fragment M on TreatmentMethod { contraindications { name } }')
    expect(viaFragment).toBe(costOf('{ TreatmentMethods(limit: 10) { docs { contraindications { name } } } }'))
    expect(costOf('{ Articles(limit: 0) { docs { title } } }')).toBeGreaterThan(MAX_QUERY_COST / 2)
    expect(costOf('{ Articles(pagination: false) { docs { title } } }')).toBe(costOf('{ Articles(limit: 0) { docs { title } } }'))
  })
})

describe('GraphQL query limits', () => {
  it('lets through what front ends ask for: a page of 100 with relations, the documented examples', () => {
    expect(refusals('{ Articles(limit: 100) { docs { title relatedConditions { name } } } }')).toEqual([])
    expect(refusals(joinRoundTrips(1, 10))).toEqual([])
    expect(
      refusals(`{
        Conditions(locale: th, where: { slug: { equals: "neck-pain" } }) {
          docs { slug name typicalCourse { chronicSessions { min max } reviewAfterWeeks } recommendedMethods { slug name } }
        }
        ClinicProfile(locale: th) { name contact { phone lineId } }
      }`),
    ).toEqual([])
  })

  it('refuses nested joins whose work multiplies past the budget, before they run', () => {
    for (const query of [joinRoundTrips(2, 10), joinRoundTrips(2)]) {
      const [message, ...rest] = refusals(query)
      expect(rest).toEqual([])
      expect(message).toMatch(new RegExp(`could read about \\d+ documents and queries, and the cost limit is ${MAX_QUERY_COST}\\.`))
    }
    // Three round trips are also too deep: one refusal, whichever limit says it first.
    expect(refusals(joinRoundTrips(3))).toHaveLength(1)
  })

  it('refuses many aliases of an affordable list that add up past the budget', () => {
    const aliases = Array.from({ length: 25 }, (_, index) => `a${index}: Articles(limit: 100) { docs { title } }`).join(' ')
    expect(refusals(`{ ${aliases} }`)).toHaveLength(1)
  })

  it('refuses selections nested deeper than the depth limit, and leaves introspection alone', () => {
    let deep = 'name'
    for (let level = 0; level < MAX_QUERY_DEPTH; level++) deep = `oftenCombinedWith(depth: 0) { ${deep} }`
    const [message] = refusals(`{ TreatmentMethod(id: 1) { ${deep} } }`)
    expect(message).toBe(`This query is too deep: it nests fields more than ${MAX_QUERY_DEPTH} levels (the depth limit). Ask for fewer levels of related documents, or make a second request.`)
    const introspection = '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }'
    expect(refusals(introspection)).toEqual([])
  })

  it('explains the refusal in Thai to a Thai client', () => {
    const [message] = refusals(joinRoundTrips(2), {}, 'th-TH,th;q=0.9')
    expect(message).toMatch(/^คำค้นนี้อาจต้องอ่านเอกสารและคิวรีประมาณ \d+ รายการ/)
  })
})
