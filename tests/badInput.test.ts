import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { TEXT_LIMITS } from '../src/fields/text'
import { MAX_LIMIT, MAX_PAGE } from '../src/hooks/readArgs'
import { richText } from '../src/seed/lexical'
import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { withClient } from './helpers/testDatabase'
import { startTestServer, type TestServer } from './helpers/testServer'
import { publishThroughReview } from './helpers/workflow'
import { png, uploadForm } from './helpers/uploads'

/**
 * The bad-input corpus: one table of hostile and careless requests, sent as anonymous callers and
 * as staff. Every one must get a 4xx with a clear message (in Thai where asked), none a 5xx, and a
 * snapshot of every table and of the media folder taken before and after must be the same.
 *
 * GraphQL answers a bad operation with 200 and `errors` when the client accepts only
 * application/json; these cases ask for application/graphql-response+json (as the GraphQL over
 * HTTP spec has clients do), where a request error is a 400, and an error raised while executing
 * counts with the status Payload gives it (`errors[].extensions.statusCode`).
 */

// Small limits keep the oversized cases cheap: uploads up to 1 MB (a form up to 2 MB), JSON as configured by default.
const MEDIA_MB = 1
const JSON_MB = 2
const MB = 1024 * 1024

type Role = 'anonymous' | 'admin' | 'editor' | 'reviewer' | 'translator'

type Case = {
  name: string
  /** Who sends it (default: anonymous). */
  as?: Role
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'
  /** `{article}`, `{condition}` and `{media}` stand for the ids of the fixtures. */
  path?: string
  /** Sent as application/json. */
  json?: unknown
  /** A raw body (and its headers below), built when sent. */
  body?: () => BodyInit | Promise<BodyInit>
  headers?: Record<string, string>
  /** A GraphQL operation posted to /api/graphql (the whole JSON body when an object). */
  graphql?: string | Record<string, unknown> | unknown[]
  /** The expected status (or one of several). */
  status: number | number[]
  /** What the message (or the body) must say. */
  says?: RegExp
  /** Asked in Thai (Accept-Language: th): the message must be Thai. */
  thai?: boolean
  /** A harmless answer (a read that finds nothing) instead of an error. */
  harmless?: (body: any) => void
}

// ---------------------------------------------------------------------------------------------
// Building blocks of hostile bodies

const json = (value: unknown) => JSON.stringify(value)
const longString = (length: number) => 'ก'.repeat(length)
const chunked = (bytes: number) => () =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const chunk = new TextEncoder().encode(`"${'x'.repeat(64 * 1024 - 2)}"`)
      for (let sent = 0; sent < bytes; sent += chunk.length) controller.enqueue(chunk)
      controller.close()
    },
  })


const multipart = (boundary: string, parts: string) => ({
  body: () => parts,
  headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
})

const XLIFF = 'urn:oasis:names:tc:xliff:document:2.0'
const xliff = (units: string, doctype = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${doctype}<xliff xmlns="${XLIFF}" version="2.0" srcLang="en" trgLang="th"><file id="f">${units}</file></xliff>`
const xliffUnit = (id: string, source = 'Source', target = 'ปลายทาง') =>
  `<unit id="${id}"><segment id="s"><source>${source}</source><target>${target}</target></segment></unit>`
const billionLaughs = `<!DOCTYPE xliff [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level || ''};`.repeat(10)}">`).join('')}]>`
const externalEntity = '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
const translationFile = (units: unknown) => ({ format: 'clinic-cms-translation', version: 1, srcLang: 'en', trgLang: 'th', units })

const deepWhere = (levels: number) => {
  let where: Record<string, unknown> = { title: { equals: 'x' } }
  for (let i = 0; i < levels; i++) where = { or: [where] }
  return where
}
const toGraphqlInput = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(toGraphqlInput).join(', ')}]`
    : typeof value === 'object' && value !== null
      ? `{ ${Object.entries(value).map(([key, inner]) => `${key}: ${toGraphqlInput(inner)}`).join(', ')} }`
      : JSON.stringify(value)
const nestedSelection = (levels: number) => {
  let selection = 'id'
  for (let i = 0; i < levels; i++) selection = i % 2 === 0 ? `contraindications { id treatmentMethods { docs { ${selection} } } }` : `id ${selection}`
  return `{ TreatmentMethods(limit: 100) { docs { ${selection} } } }`
}

// ---------------------------------------------------------------------------------------------
// The corpus

const NO_DOCS = (body: any) => expect(body.docs ?? body.data?.Articles?.docs).toEqual([])

const cases: Case[] = [
  // Bodies that are not what they claim to be
  { name: 'malformed JSON on a content route', as: 'editor', method: 'POST', path: '/api/articles', body: () => '{"title": "x",', headers: { 'Content-Type': 'application/json' }, status: 400, says: /not valid JSON/ },
  { name: 'malformed JSON, anonymous', method: 'POST', path: '/api/articles', body: () => '{not json', headers: { 'Content-Type': 'application/json' }, status: 400, says: /JSON/ },
  { name: 'malformed JSON, in Thai', as: 'editor', method: 'POST', path: '/api/articles', body: () => '{"title": ', headers: { 'Content-Type': 'application/json' }, thai: true, status: 400, says: /JSON/ },
  { name: 'malformed JSON on an update', as: 'editor', method: 'PATCH', path: '/api/articles/{article}', body: () => "{'title': 'single quotes'}", headers: { 'Content-Type': 'application/json' }, status: 400 },
  { name: 'malformed JSON on a custom endpoint (review)', as: 'editor', method: 'POST', path: '/api/articles/{article}/review', body: () => '{"action":', headers: { 'Content-Type': 'application/json' }, status: 400 },
  { name: 'malformed JSON on login', method: 'POST', path: '/api/users/login', body: () => '{"email":', headers: { 'Content-Type': 'application/json' }, status: 400 },
  { name: 'JSON nested 100,000 deep', as: 'editor', method: 'POST', path: '/api/articles', body: () => '['.repeat(100_000) + ']'.repeat(100_000), headers: { 'Content-Type': 'application/json' }, status: 400 },
  { name: 'JSON null as the document', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: null, status: 400, says: /object/ },
  { name: 'JSON array as the document', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: [{ title: 'x' }], status: 400, says: /object/ },
  { name: 'JSON string as the document', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: 'title', status: 400, says: /object/ },
  { name: 'text/plain body', as: 'editor', method: 'POST', path: '/api/articles', body: () => 'title=x', headers: { 'Content-Type': 'text/plain' }, status: 415, says: /application\/json/ },
  { name: 'form-urlencoded body (no method override)', as: 'editor', method: 'POST', path: '/api/articles', body: () => 'title=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, status: 415 },
  { name: 'XML body on a content route', as: 'editor', method: 'POST', path: '/api/articles', body: () => '<title>x</title>', headers: { 'Content-Type': 'application/xml' }, status: 415 },
  { name: 'a body without a Content-Type', as: 'editor', method: 'POST', path: '/api/articles', body: () => new Blob(['{"title":"x"}']), status: 415, says: /none/ },
  { name: 'wrong content type, in Thai', as: 'editor', method: 'PATCH', path: '/api/articles/{article}', body: () => 'x', headers: { 'Content-Type': 'text/csv' }, thai: true, status: 415 },
  { name: 'wrong content type on GraphQL', method: 'POST', path: '/api/graphql', body: () => '{ Articles { docs { id } } }', headers: { 'Content-Type': 'application/graphql' }, status: 415 },
  { name: 'multipart without a boundary', as: 'editor', method: 'POST', path: '/api/media', body: () => 'x', headers: { 'Content-Type': 'multipart/form-data' }, status: 400, says: /boundary/ },
  { name: 'multipart cut short', as: 'editor', method: 'POST', path: '/api/media', ...multipart('XyZ', '--XyZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG'), status: 400, says: /cut short/ },
  { name: 'multipart whose _payload is not JSON', as: 'editor', method: 'POST', path: '/api/media', ...multipart('XyZ', '--XyZ\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{alt: x}\r\n--XyZ--\r\n'), status: 400, says: /_payload/ },
  { name: 'multipart garbage', as: 'editor', method: 'POST', path: '/api/articles', ...multipart('XyZ', 'garbage'), status: 400 },

  // Bodies over the limit
  { name: `JSON over ${JSON_MB} MB (Content-Length)`, as: 'editor', method: 'POST', path: '/api/articles', body: () => json({ title: 'big', excerpt: 'x'.repeat(3 * MB) }), headers: { 'Content-Type': 'application/json' }, status: 413, says: /at most 2 MB/ },
  { name: `JSON over ${JSON_MB} MB, streamed (chunked)`, as: 'editor', method: 'POST', path: '/api/articles', body: chunked(3 * MB), headers: { 'Content-Type': 'application/json' }, status: 413 },
  { name: 'a 50 MB JSON body', as: 'editor', method: 'POST', path: '/api/articles', body: () => 'x'.repeat(50 * MB), headers: { 'Content-Type': 'application/json' }, status: 413 },
  { name: 'a 10 MB JSON body, anonymous', method: 'POST', path: '/api/articles', body: () => 'x'.repeat(10 * MB), headers: { 'Content-Type': 'application/json' }, status: 413 },
  { name: 'an oversized update, in Thai', as: 'editor', method: 'PATCH', path: '/api/articles/{article}', body: () => 'x'.repeat(3 * MB), headers: { 'Content-Type': 'application/json' }, thai: true, status: 413 },
  { name: 'an oversized GraphQL body', method: 'POST', path: '/api/graphql', body: () => json({ query: `{ Articles { docs { id } } } #${'x'.repeat(3 * MB)}` }), headers: { 'Content-Type': 'application/json' }, status: 413 },
  { name: 'an oversized translation file (over 20 MB)', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => ' '.repeat(21 * MB), headers: { 'Content-Type': 'application/xliff+xml' }, status: 413 },
  { name: 'an oversized form, streamed', as: 'editor', method: 'POST', path: '/api/media', body: chunked(3 * MB), headers: { 'Content-Type': 'multipart/form-data; boundary=XyZ' }, status: 413 },
  { name: 'a method-override query over the limit', as: 'editor', method: 'POST', path: '/api/articles', body: () => `where[title][like]=${'x'.repeat(3 * MB)}`, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, status: 413 },

  // Text too long, wrong types, unknown fields (drafts are checked too: Payload skips validation for them)
  { name: 'a 1 MB title in a draft', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: longString(MB / 2) }, status: 400, says: new RegExp(`${TEXT_LIMITS.line}`) },
  { name: 'a 1 MB title, published', as: 'admin', method: 'POST', path: '/api/articles', json: { title: longString(MB / 2), body: richText(['x']), _status: 'published' }, status: 400 },
  { name: 'a title one character too long', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'x'.repeat(TEXT_LIMITS.line + 1) }, status: 400, says: /At most 300 characters/ },
  { name: 'a 1 MB excerpt in a Thai draft', as: 'translator', method: 'PATCH', path: '/api/articles/{article}?locale=th&draft=true', json: { excerpt: longString(MB / 2) }, status: 400 },
  { name: 'a 1 MB summary', as: 'editor', method: 'PATCH', path: '/api/conditions/{condition}?draft=true', json: { summary: longString(MB / 2) }, status: 400 },
  { name: 'a 1 MB list item', as: 'editor', method: 'PATCH', path: '/api/conditions/{condition}?draft=true', json: { symptoms: [{ text: longString(MB / 2) }] }, status: 400, says: /symptoms\.0\.text/ },
  { name: 'a 1 MB slug', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { slug: 'a'.repeat(MB / 2) }, status: 400 },
  { name: 'a 1 MB clinic name', as: 'admin', method: 'POST', path: '/api/globals/clinic-profile', json: { name: longString(MB / 2) }, status: 400 },
  { name: 'a 1 MB alt text on an upload', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), 'ok.png', 'image/png', { alt: longString(MB / 2) }), status: [400, 413] },
  { name: 'a 20,000-character review comment', as: 'reviewer', method: 'POST', path: '/api/articles/{article}/review', json: { action: 'request_changes', locale: 'en', comment: 'x'.repeat(20_000) }, status: 400, says: /too long/ },
  { name: 'a title that is a number', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 12 }, status: 400, says: /Expected text/ },
  { name: 'a title that is an object', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: { $gt: '' } }, status: 400 },
  { name: 'a title that is a list', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { title: ['a', 'b'] }, status: 400 },
  { name: 'a title with a NUL character', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'nul\u0000byte' }, status: 400, says: /NUL/ },
  { name: 'a relationship id that is not a number (draft)', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'Bad relation', conditions: ['abc'] }, status: 400, says: /conditions/ },
  { name: 'a relationship id out of range (draft)', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'Bad relation', conditions: [99999999999999] }, status: 400 },
  { name: 'a negative relationship id', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { treatmentMethods: [-1] }, status: 400 },
  { name: 'a fractional relationship id', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { contraindications: [1.5] }, status: 400 },
  { name: 'an upload id that is not a number', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { heroImage: 'abc' }, status: 400 },
  { name: 'a relationship given as a junk object', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { author: { foo: 1 } }, status: 400 },
  { name: 'a malformed relationship id, in Thai', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { conditions: ['abc'] }, thai: true, status: 400 },
  { name: 'a date that is not a date (draft)', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'Bad date', publishedAt: 'notadate' }, status: 400, says: /date/ },
  { name: 'a date in year 99999', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { publishedAt: '+099999-01-01T00:00:00Z' }, status: 400 },
  { name: 'a date given as a number', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { publishedAt: 1e20 }, status: 400 },
  { name: 'February 30th', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { publishedAt: '2025-02-30T25:61:00Z' }, status: 400 },
  { name: 'a number field given text', as: 'editor', method: 'PATCH', path: '/api/conditions/{condition}?draft=true', json: { typicalCourse: { reviewAfterWeeks: 'soon' } }, status: 400, says: /typicalCourse\.reviewAfterWeeks/ },
  { name: 'rich text given as a string', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { body: '<script>alert(1)</script>' }, status: 400, says: /rich text/ },
  { name: 'rich text with a junk root', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { body: { root: 5 } }, status: 400 },
  { name: 'a list given as a string', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { references: 'Smith 2020' }, status: 400 },
  { name: 'list rows that are not objects', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { references: [1, 2] }, status: 400 },
  { name: 'a group given as a string', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { seo: 'title' }, status: 400 },
  { name: 'a select value that is not an option', as: 'editor', method: 'PATCH', path: '/api/conditions/{condition}?draft=true', json: { bodyRegions: ['tail'] }, status: 400, says: /lower-back/ },
  { name: 'an unknown _status', as: 'editor', method: 'PATCH', path: '/api/articles/{article}', json: { _status: 'live' }, status: 400 },
  { name: 'a checkbox given a word', as: 'admin', method: 'POST', path: '/api/globals/clinic-profile', json: { exceptions: [{ date: '2030-01-01', closed: 'yes' }] }, status: 400 },
  { name: 'coordinates given as text', as: 'admin', method: 'POST', path: '/api/globals/clinic-profile', json: { geo: { lat: 'north' } }, status: 400 },
  { name: 'a malformed relationship id on the clinic profile', as: 'admin', method: 'POST', path: '/api/globals/clinic-profile', json: { servicesOffered: ['abc'] }, status: 400 },
  { name: 'an unknown field', as: 'editor', method: 'POST', path: '/api/articles?draft=true', json: { title: 'Unknown field', titel: 'typo' }, status: 400, says: /titel/ },
  { name: 'an unknown field in a group', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { seo: { title: 'x', keywords: 'y' } }, status: 400, says: /seo\.keywords/ },
  { name: 'an unknown field in a list row', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', json: { references: [{ title: 'x', doi: 'y' }] }, status: 400 },
  { name: 'an unknown field on the clinic profile', as: 'admin', method: 'POST', path: '/api/globals/clinic-profile', json: { owner: 'me' }, status: 400 },
  { name: '__proto__ in a document', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?draft=true', body: () => '{"__proto__": {"roles": ["admin"]}}', headers: { 'Content-Type': 'application/json' }, status: 400 },
  { name: 'an unknown field in an upload form', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), 'ok.png', 'image/png', { alt: 'x', owner: 1 }), status: 400 },
  { name: 'a write with unknown fields, anonymous', method: 'POST', path: '/api/articles', json: { hash: 'x' }, status: [400, 403] },
  { name: 'a wrongly typed GraphQL mutation', as: 'editor', graphql: 'mutation { createArticle(data: { title: 12 }, draft: true) { id } }', status: 400 },

  // Ids that cannot be ids
  { name: 'a non-numeric id', path: '/api/articles/abc', status: 400, says: /whole number/ },
  { name: 'an id out of range', path: '/api/articles/99999999999999999999', status: 400 },
  { name: 'a fractional id', path: '/api/articles/1.5', status: 400 },
  { name: 'a negative id', path: '/api/conditions/-1', status: [400, 404] },
  { name: 'a hexadecimal id', path: '/api/media/0x10', status: [400, 404] },
  { name: 'a non-numeric id, in Thai', path: '/api/treatment-methods/abc', thai: true, status: 400 },
  { name: 'a non-numeric id in a staff read', as: 'admin', path: '/api/users/abc', status: 400 },
  { name: 'a non-numeric id in an update', as: 'editor', method: 'PATCH', path: '/api/articles/abc', json: { title: 'y' }, status: [400, 404] },
  { name: 'an id out of range in a delete', as: 'admin', method: 'DELETE', path: '/api/articles/99999999999999999999', status: 400 },
  { name: 'a non-numeric version id', as: 'editor', path: '/api/articles/versions/abc', status: [400, 404] },
  { name: 'restoring a version that cannot exist', as: 'admin', method: 'POST', path: '/api/articles/versions/99999999999999999999', status: [400, 404] },
  { name: 'a review of an id out of range', as: 'editor', method: 'POST', path: '/api/articles/99999999999999999999/review', json: { action: 'submit', locale: 'en' }, status: [400, 404] },
  { name: 'translation detail of an id out of range', as: 'translator', path: '/api/translations/articles/99999999999999999999?locale=th', status: [400, 404] },
  { name: 'an id out of range over GraphQL', graphql: '{ Article(id: 99999999999999999) { id } }', status: 400 },
  { name: 'a non-numeric id in a GraphQL filter', graphql: '{ Articles(where: { id: { equals: "abc" } }) { docs { id } } }', status: 400 },

  // where: injection strings, operators that do not exist, hidden fields, deep nesting
  { name: 'SQL in an equals filter', path: "/api/articles?where[title][equals]=' OR 1=1 --", status: 200, harmless: NO_DOCS },
  { name: 'SQL in a like filter', path: "/api/articles?where[title][like]=%'; DROP TABLE articles; --", status: 200, harmless: NO_DOCS },
  { name: 'SQL in a GraphQL filter', graphql: `{ Articles(where: { title: { equals: "x' OR '1'='1" } }) { docs { id } } }`, status: 200, harmless: NO_DOCS },
  { name: 'an operator that does not exist', path: '/api/articles?where[title][regex_match]=.*', status: 400, says: /title/ },
  { name: 'a field that does not exist', path: '/api/articles?where[password][equals]=x', status: 400 },
  { name: 'the password hash of users, anonymous', path: '/api/users?where[hash][exists]=true', status: [400, 403] },
  { name: 'the password hash through a relationship', path: '/api/articles?where[author.hash][exists]=true', status: [400, 403] },
  { name: 'an id filter out of range', path: '/api/articles?where[id][equals]=99999999999999999999', status: 400 },
  { name: 'an id list with values out of range', path: '/api/articles?where[id][in]=1,99999999999999999999', status: 400 },
  { name: 'a where nested past the query parser', path: `/api/articles?${'where' + '[or][0]'.repeat(12)}[title][equals]=x`, status: 400 },
  { name: 'a where nested 200 deep over GraphQL', graphql: `{ Articles(where: ${toGraphqlInput(deepWhere(200))}) { docs { id } } }`, status: 400 },
  { name: 'a where given as a single value', path: '/api/articles?where=1=1', status: 400, says: /where/ },
  { name: 'a map operator on a text field', path: '/api/articles?where[title][near]=1,2', status: 400, says: /near/ },
  { name: 'a map operator on an id, in Thai', path: '/api/conditions?where[id][within]=x', thai: true, status: 400 },

  // page, limit and depth abuse (REST and GraphQL)
  { name: 'page=-1', path: '/api/articles?page=-1', status: 400, says: /page must be a whole number from 1/ },
  { name: 'page=0', path: '/api/conditions?page=0', status: 400 },
  { name: 'page=abc', path: '/api/articles?page=abc', status: 400 },
  { name: 'a huge page', path: `/api/articles?page=${MAX_PAGE + 1}`, status: 400 },
  { name: 'page=1e3', path: '/api/articles?page=1e3', status: 400 },
  { name: 'page given twice', path: '/api/articles?page=1&page=2', status: 400 },
  { name: 'page given as an object', path: '/api/articles?page[$gt]=1', status: 400 },
  { name: 'limit=-5', path: '/api/articles?limit=-5', status: 400, says: /limit/ },
  { name: 'limit=abc', path: '/api/articles?limit=abc', status: 400 },
  { name: 'limit=1.5', path: '/api/articles?limit=1.5', status: 400 },
  { name: `a page size over ${MAX_LIMIT}`, path: `/api/articles?limit=${MAX_LIMIT + 1}`, status: 400 },
  { name: 'a page size over the maximum, staff', as: 'editor', path: '/api/articles?limit=99999999999999999999', status: 400 },
  { name: 'depth=-1', path: '/api/articles?depth=-1', status: 400, says: /depth/ },
  { name: 'depth=abc', path: '/api/articles?depth=abc', status: 400 },
  { name: 'depth=999', path: '/api/globals/clinic-profile?depth=999', status: 400 },
  { name: 'page=-1, in Thai', path: '/api/articles?page=-1', thai: true, status: 400, says: /จำนวนเต็ม/ },
  { name: 'page=-1 through the admin’s method override', as: 'editor', method: 'POST', path: '/api/articles', body: () => 'page=-1&limit=10', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, status: 400 },
  { name: 'a negative page over GraphQL', graphql: '{ Articles(page: -1) { docs { id } } }', status: 400, says: /page/ },
  { name: 'a negative limit over GraphQL', graphql: '{ Conditions(limit: -5) { docs { id } } }', status: 400 },
  { name: 'a huge limit over GraphQL', graphql: '{ Articles(limit: 1000000) { docs { id } } }', status: 400 },
  { name: 'a huge page over GraphQL, in Thai', graphql: '{ Articles(page: 2147483647) { docs { id } } }', thai: true, status: 400 },

  // Locales
  { name: 'an unknown locale', path: '/api/articles?locale=fr', status: 400, says: /en, th/ },
  { name: 'an empty locale', path: '/api/articles?locale=', status: 400 },
  { name: 'a locale in capitals', path: '/api/articles?locale=TH', status: 400 },
  { name: 'a region locale', path: '/api/articles?locale=th-TH', status: 400 },
  { name: 'a locale given as a list', path: '/api/articles?locale[]=en&locale[]=th', status: 400 },
  { name: 'a locale given as an object', path: '/api/articles?locale[$ne]=x', status: 400 },
  { name: 'an unknown fallback locale', path: '/api/articles?locale=th&fallback-locale=xx', status: 400 },
  { name: 'an unknown locale on a write', as: 'editor', method: 'PATCH', path: '/api/articles/{article}?locale=jp&draft=true', json: { title: 'x' }, status: 400 },
  { name: 'an unknown locale, in Thai', path: '/api/conditions?locale=zz', thai: true, status: 400, says: /ไม่รู้จัก/ },
  { name: 'an unknown locale over GraphQL', graphql: '{ Articles(locale: fr) { docs { id } } }', status: 400 },

  // Malformed GraphQL
  { name: 'a GraphQL syntax error', graphql: '{ Articles { docs { id ', status: 400, says: /Syntax Error/ },
  { name: 'a field that does not exist', graphql: '{ Articles { docs { password } } }', status: 400 },
  { name: 'a query that does not exist', graphql: '{ Nope { id } }', status: 400 },
  { name: 'hidden user fields over GraphQL', graphql: '{ Users { docs { hash salt } } }', status: [400, 403] },
  { name: 'a batched array of operations', graphql: [{ query: '{ Articles { docs { id } } }' }, { query: '{ Conditions { docs { id } } }' }], status: 400 },
  { name: 'an empty query', graphql: { query: '' }, status: 400 },
  { name: 'a query that is not text', graphql: { query: 42 }, status: 400 },
  { name: 'variables that are not an object', graphql: { query: 'query ($l: Int) { Articles(limit: $l) { docs { id } } }', variables: '[1]' }, status: 400 },
  { name: 'a variable of the wrong type', graphql: { query: 'query ($l: Int) { Articles(limit: $l) { docs { id } } }', variables: { l: 'ten' } }, status: 400 },
  { name: 'an operation name that does not exist', graphql: { query: 'query A { Articles { docs { id } } }', operationName: 'B' }, status: 400 },
  { name: 'two anonymous operations', graphql: '{ Articles { docs { id } } } { Conditions { docs { id } } }', status: 400 },
  { name: 'a mutation, anonymous', graphql: 'mutation { deleteArticle(id: 1) { id } }', status: [400, 403] },
  { name: 'a GraphQL GET', method: 'GET', path: '/api/graphql?query={Articles{docs{id}}}', status: [404, 405] },
  { name: 'selections nested 12 deep through joins', graphql: nestedSelection(12), status: 400, says: /depth/i },
  { name: 'a query whose cost multiplies page sizes', graphql: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: TreatmentMethods(limit: 100) { docs { contraindications { treatmentMethods(limit: 100) { docs { id } } } } }`).join(' ')} }`, status: 400, says: /cost|complex/i },
  { name: '500 aliases of one list', graphql: `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`).join(' ')} }`, status: 400, says: /cost|complex/i },

  // Translation files (as the Thai translator): corrupt, hostile, or naming nothing that exists
  { name: 'a translation file that is not XML', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => '<xliff version="2.0"><file>', headers: { 'Content-Type': 'application/xliff+xml' }, status: 400, says: /well-formed/ },
  { name: 'an XLIFF 1.2 file', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => '<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>', headers: { 'Content-Type': 'application/xliff+xml' }, status: 400, says: /XLIFF 1/ },
  { name: 'an XLIFF file with entity expansion (billion laughs)', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => xliff(xliffUnit('articles:{article}:title', '&lol9;'), billionLaughs), headers: { 'Content-Type': 'application/xliff+xml' }, status: 400, says: /entity not found/ },
  { name: 'an XLIFF file with an external entity', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => xliff(xliffUnit('articles:{article}:title', 'Source', '&xxe;'), externalEntity), headers: { 'Content-Type': 'application/xliff+xml' }, status: 400, says: /entity not found: ?&xxe;/ },
  { name: 'an XLIFF file whose every unit is unknown', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => xliff(xliffUnit('articles:99999999999999999999:title') + xliffUnit('pages:1:title') + xliffUnit('nonsense')), headers: { 'Content-Type': 'application/xliff+xml' }, status: 422, says: /every unit/ },
  { name: 'an XLIFF file for a document that does not exist', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => xliff(xliffUnit('articles:2147483647:title')), headers: { 'Content-Type': 'application/xliff+xml' }, status: 422, says: /No articles document/ },
  { name: 'an XLIFF file into French', as: 'translator', method: 'POST', path: '/api/translations/import', body: () => xliff('').replace('trgLang="th"', 'trgLang="fr"'), headers: { 'Content-Type': 'application/xliff+xml' }, status: 400 },
  { name: 'a JSON translation file that is not JSON', as: 'translator', method: 'POST', path: '/api/translations/import?format=json', body: () => '{"format": "clinic-cms-translation", units: [', headers: { 'Content-Type': 'application/json' }, status: 400, says: /not valid JSON/ },
  { name: 'a JSON file of another kind', as: 'translator', method: 'POST', path: '/api/translations/import', json: { hello: 'world' }, status: 400 },
  { name: 'a JSON translation file whose every unit is unknown', as: 'translator', method: 'POST', path: '/api/translations/import', json: translationFile([{ id: 'articles:999999:title', source: 'x', target: 'y' }, { id: 'articles:{article}:slug', source: 'x', target: 'y' }]), status: 422, says: /units/ },
  { name: 'a JSON translation file whose every unit is refused, in Thai', as: 'translator', method: 'POST', path: '/api/translations/import', json: translationFile([{ id: 'articles:999999:title', source: 'x', target: 'y' }]), thai: true, status: 422 },
  { name: 'a JSON translation file with units that are not a list', as: 'translator', method: 'POST', path: '/api/translations/import', json: translationFile('all of them'), status: 400 },
  { name: 'a translation import, anonymous', method: 'POST', path: '/api/translations/import', body: () => xliff(xliffUnit('articles:{article}:title')), headers: { 'Content-Type': 'application/xliff+xml' }, status: 401 },

  // Uploads that lie, hostile names, oversized files
  { name: 'an HTML page named .png', as: 'editor', method: 'POST', path: '/api/media', body: () => uploadForm('<!doctype html><html><body><script>alert(1)</script></body></html>', 'photo.png', 'image/png'), status: 400 },
  { name: 'a Windows program renamed .png', as: 'editor', method: 'POST', path: '/api/media', body: () => uploadForm(Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(512)]), 'setup.png', 'image/png'), status: 400 },
  { name: 'an SVG with a script', as: 'editor', method: 'POST', path: '/api/media', body: () => uploadForm('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>', 'logo.svg', 'image/svg+xml'), status: 400 },
  { name: 'an SVG named .png', as: 'editor', method: 'POST', path: '/api/media', body: () => uploadForm('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', 'logo.png', 'image/png'), status: 400 },
  { name: 'a path-traversal file name', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), '../../etc/passwd.png', 'image/png'), status: 400, says: /file name/ },
  { name: 'a Windows path-traversal file name', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), '..\\..\\boot.png', 'image/png'), status: 400 },
  { name: 'a hidden file name', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), '.htaccess.png', 'image/png'), status: 400 },
  { name: 'a file name with a control character, in Thai', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), 'a\u0007b.png', 'image/png'), thai: true, status: 400 },
  { name: `a file over the ${MEDIA_MB} MB upload limit`, as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(Buffer.concat([await png(8, 8), Buffer.alloc(1.5 * MB)]), 'big.png', 'image/png'), status: 413 },
  { name: 'a file far over the upload limit', as: 'editor', method: 'POST', path: '/api/media', body: async () => uploadForm(Buffer.alloc(5 * MB), 'huge.png', 'image/png'), status: 413 },
  { name: 'an upload without a file', as: 'editor', method: 'POST', path: '/api/media', body: () => { const form = new FormData(); form.append('_payload', json({ alt: 'x' })); return form }, status: 400 },
  { name: 'an upload, anonymous', method: 'POST', path: '/api/media', body: async () => uploadForm(await png(8, 8), 'anon.png', 'image/png'), status: 403 },
  { name: 'replacing a file with HTML', as: 'editor', method: 'PATCH', path: '/api/media/{media}', body: () => uploadForm('<html><script>alert(1)</script></html>', 'swap.png', 'image/png', {}), status: 400 },

  // Other paths that answered 500
  { name: 'a media file that does not exist', path: '/api/media/file/nope.png', status: 404, says: /nope\.png/ },
  { name: 'a media file outside the media folder', path: '/api/media/file/..%2F..%2Fetc%2Fpasswd', status: [400, 403, 404] },
  { name: 'a media file that does not exist, in Thai', path: '/api/media/file/missing.webp', thai: true, status: 404 },
  { name: 'email verification when it is off', method: 'POST', path: '/api/users/verify/abc', status: 404, says: /verification/ },
  { name: 'a collection that does not exist', path: '/api/patients', status: 404 },
  { name: 'a write to a collection that does not exist', as: 'editor', method: 'POST', path: '/api/patients', json: {}, status: 404 },
]

// ---------------------------------------------------------------------------------------------
// Running the corpus

let server: TestServer
let staff: Staff
const ids: Record<string, number> = {}
const results: Array<{ name: string; status: number }> = []
let before: Snapshot

type Snapshot = { tables: Record<string, string>; media: string[] }

/** Every table's row count and a checksum of its rows, and the media folder's files with their sizes. */
async function snapshot(): Promise<Snapshot> {
  const tables = await withClient(server.databaseUri, async (client) => {
    const names = (
      await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
      )
    ).rows.map((row) => row.name)
    const entries: Array<[string, string]> = []
    for (const name of names) {
      const table = client.escapeIdentifier(name)
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM ${table} t`)
      entries.push([name, `${rows[0].n} rows, md5 ${rows[0].sum}`])
    }
    return Object.fromEntries(entries)
  })
  const dir = server.runtime.env.mediaDir
  const media = fs.existsSync(dir) ? fs.readdirSync(dir).sort().map((file) => `${file} ${fs.statSync(path.join(dir, file)).size}`) : []
  return { tables, media }
}

const fill = (text: string) => text.replace(/\{(article|condition|media)\}/g, (_, key: string) => String(ids[key]))

async function send(test: Case): Promise<{ status: number; effective: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = {}
  const role = test.as ?? 'anonymous'
  if (role !== 'anonymous') headers.Authorization = `JWT ${staff[role]}`
  if (test.thai) headers['Accept-Language'] = 'th'
  let method = test.method ?? 'GET'
  let url = test.path ? fill(test.path) : '/api/graphql'
  let body: BodyInit | undefined
  if (test.graphql !== undefined) {
    method = 'POST'
    url = '/api/graphql'
    headers['Content-Type'] = 'application/json'
    headers.Accept = 'application/graphql-response+json'
    body = JSON.stringify(typeof test.graphql === 'string' ? { query: test.graphql } : test.graphql)
  } else if (test.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = fill(JSON.stringify(test.json))
  } else if (test.body) {
    const raw = await test.body()
    body = typeof raw === 'string' ? fill(raw) : raw
  }
  Object.assign(headers, test.headers)
  const response = await fetch(`${server.baseURL}${url}`, { method, headers, body, duplex: 'half' } as RequestInit)
  const text = await response.text()
  let parsed: any = text
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON
  }
  // An error raised while a GraphQL operation runs comes back in `errors` with its own status.
  const graphqlStatuses = test.graphql !== undefined && response.status === 200 && Array.isArray(parsed?.errors)
    ? parsed.errors.map((error: { extensions?: { statusCode?: number } }) => error.extensions?.statusCode ?? 400)
    : []
  const effective = graphqlStatuses.length ? Math.max(...graphqlStatuses) : response.status
  return { status: response.status, effective, body: parsed, headers: response.headers }
}

beforeAll(async () => {
  server = await startTestServer('bad-input', { MEDIA_MAX_FILE_SIZE_MB: String(MEDIA_MB), MAX_JSON_BODY_MB: String(JSON_MB) })
  staff = await createStaff(server)
  const condition = await publishThroughReview(server, staff, 'conditions', {
    name: 'Corpus condition',
    summary: 'A condition the corpus tries to break.',
    bodyRegions: ['neck'],
  })
  ids.condition = condition.id
  const article = await publishThroughReview(server, staff, 'articles', {
    title: 'Corpus article',
    body: richText(['Published text that must survive the corpus.']),
    conditions: [condition.id],
    references: [{ title: 'A reference' }],
  })
  ids.article = article.id
  const image = new FormData()
  image.append('file', new Blob([new Uint8Array(await png(40, 30))], { type: 'image/png' }), 'corpus.png')
  image.append('_payload', JSON.stringify({ alt: 'A corpus image' }))
  const uploaded = await apiClient(server, staff.editor).post('/api/media', image)
  if (uploaded.status !== 201) throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`)
  ids.media = uploaded.body.doc.id
  before = await snapshot()
})

afterAll(async () => {
  await server?.close()
})

describe('the bad-input corpus', () => {
  for (const test of cases) {
    const label = `${test.graphql !== undefined ? 'GraphQL' : `${test.method ?? 'GET'} ${test.path}`}: ${test.name} (${test.as ?? 'anonymous'}${test.thai ? ', Thai' : ''})`
    it(label.length > 160 ? `${label.slice(0, 157)}…` : label, async () => {
      const { status, effective, body } = await send(test)
      results.push({ name: test.name, status: effective })
      const expected = Array.isArray(test.status) ? test.status : [test.status]
      const shown = JSON.stringify(body)?.slice(0, 400)
      expect(effective, `HTTP ${status}: ${shown}`).toBeLessThan(500)
      expect(expected, `HTTP ${status}: ${shown}`).toContain(effective)
      if (test.harmless && effective === 200) {
        test.harmless(body)
        return
      }
      const message = body?.errors?.[0]?.message ?? body?.message
      expect(typeof message === 'string' && message.length > 0, `a message in ${shown}`).toBe(true)
      expect(message).not.toMatch(/Something went wrong/)
      if (test.says) expect(JSON.stringify(body)).toMatch(test.says)
      if (test.thai) expect(JSON.stringify(body), 'a message in Thai').toMatch(/[\u0E00-\u0E7F]/)
    })
  }

  it('answers no request of the corpus with a 5xx and changes nothing in the database or the media folder', async () => {
    expect(results.filter((result) => result.status >= 500)).toEqual([])
    const after = await snapshot()
    expect(after.media).toEqual(before.media)
    expect(after.tables).toEqual(before.tables)
    console.info(`bad-input corpus: ${cases.length} cases, ${results.filter((r) => r.status >= 500).length} × 5xx, ${Object.keys(after.tables).length} tables and ${after.media.length} media files unchanged`)
  })
})
