import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed'
import { startTestServer, type TestServer } from './helpers/testServer'

/**
 * docs/api.md is executable: every ```sh (curl) or ```graphql block is sent to a server holding
 * the sample content, and the ```json block after it must be contained in the response.
 */
type Example = { kind: 'sh' | 'graphql'; request: string; expected: unknown; line: number }

function examplesFrom(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({
    lang: match[1]!,
    body: match[2]!,
    line: markdown.slice(0, match.index).split('\n').length,
  }))
  const examples: Example[] = []
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    if ((block.lang === 'sh' || block.lang === 'graphql') && next?.lang === 'json') {
      examples.push({ kind: block.lang, request: block.body, expected: JSON.parse(next.body), line: block.line })
    }
  })
  return examples
}

/** The pieces of a curl command line as a shell would split them (single quotes only). */
function curlToFetch(command: string, baseURL: string): { url: string; init: RequestInit } {
  const words = [...command.replace(/\\\n/g, ' ').matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!)
  if (words.shift() !== 'curl') throw new Error(`not a curl command: ${command}`)
  const init: RequestInit & { headers: Record<string, string> } = { method: 'GET', headers: {} }
  let url = ''
  while (words.length > 0) {
    const word = words.shift()!
    if (word === '-g' || word === '--globoff') continue
    if (word === '-X') init.method = words.shift()!
    else if (word === '-H') {
      const [name, ...value] = words.shift()!.split(':')
      init.headers[name!.trim()] = value.join(':').trim()
    } else if (word === '--data' || word === '-d') {
      init.body = words.shift()!
      if (init.method === 'GET') init.method = 'POST'
    } else url = word
  }
  return { url: url.replace('http://localhost:3000', baseURL), init }
}

/** Every key of `expected` is in `actual` with a matching value; arrays match element by element from the start. */
function assertContains(actual: unknown, expected: unknown, at = '$'): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), `${at} should be an array`).toBe(true)
    expected.forEach((item, index) => assertContains((actual as unknown[])[index], item, `${at}[${index}]`))
  } else if (expected && typeof expected === 'object') {
    expect(actual && typeof actual === 'object', `${at} should be an object`).toBe(true)
    for (const [key, value] of Object.entries(expected)) assertContains((actual as Record<string, unknown>)[key], value, `${at}.${key}`)
  } else {
    expect(actual, at).toEqual(expected)
  }
}

const markdown = fs.readFileSync(path.resolve(import.meta.dirname, '../docs/api.md'), 'utf8')
const examples = examplesFrom(markdown)
let server: TestServer

beforeAll(async () => {
  server = await startTestServer('api_docs')
  await seed(server.runtime.payload, { withUsers: true })
})
afterAll(async () => {
  await server?.close()
})

describe('docs/api.md', () => {
  it('has REST and GraphQL examples', () => {
    expect(examples.filter((example) => example.kind === 'sh').length).toBeGreaterThanOrEqual(6)
    expect(examples.some((example) => example.kind === 'graphql')).toBe(true)
  })

  it.each(examples.map((example) => [`line ${example.line}: ${example.request.split('\n')[0]!.slice(0, 90)}`, example]))(
    'example at %s returns what the doc says',
    async (_name, example) => {
      const { url, init } =
        example.kind === 'sh'
          ? curlToFetch(example.request.trim(), server.baseURL)
          : {
              url: `${server.baseURL}/api/graphql`,
              init: { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: example.request }) },
            }
      const response = await fetch(url, init)
      const body = await response.json()
      assertContains(body, example.expected)
    },
  )
})
