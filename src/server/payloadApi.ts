import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from 'express'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { withRequestErrorStatus } from '../graphql/requestErrorStatus'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Serves Payload's REST and GraphQL API straight from express, with Payload's own route handlers
 * (the same ones Next would call). API traffic skips Next's router, and the API works in
 * processes that do not render the admin (SERVE_ADMIN=false, tests).
 */
export function payloadApi(config: SanitizedConfig): RequestHandler {
  const configPromise = Promise.resolve(config)
  const rest: Record<string, RouteHandler> = {
    GET: REST_GET(configPromise),
    POST: REST_POST(configPromise),
    PATCH: REST_PATCH(configPromise),
    PUT: REST_PUT(configPromise),
    DELETE: REST_DELETE(configPromise),
    OPTIONS: REST_OPTIONS(configPromise),
  }
  const graphql = GRAPHQL_POST(configPromise)
  const playground = GRAPHQL_PLAYGROUND_GET(configPromise)
  const apiRoute = config.routes.api
  const graphqlRoute = `${apiRoute}${config.routes.graphQL}`
  const playgroundRoute = `${apiRoute}${config.routes.graphQLPlayground}`

  return async (req, res, next) => {
    try {
      const request = toFetchRequest(req)
      const pathname = new URL(request.url).pathname
      let response: Response
      if (pathname === graphqlRoute && req.method === 'POST') {
        response = await withRequestErrorStatus(await graphql(request))
      } else if (pathname === playgroundRoute && req.method === 'GET') {
        response = await playground(request)
      } else {
        const handler = rest[req.method]
        if (!handler) {
          res.status(405).set('Allow', Object.keys(rest).join(', ')).json({ errors: [{ message: `Method ${req.method} is not allowed here.` }] })
          return
        }
        const slug = pathname
          .slice(apiRoute.length)
          .split('/')
          .filter(Boolean)
          .map((segment) => safeDecode(segment))
        response = await handler(request, { params: Promise.resolve({ slug }) })
      }
      await sendFetchResponse(response, req, res)
    } catch (error) {
      next(error)
    }
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

function toFetchRequest(req: ExpressRequest): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  const url = new URL(req.originalUrl, `${req.protocol}://${req.headers.host ?? 'localhost'}`)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Required by undici for streamed request bodies.
    duplex: 'half',
  } as RequestInit)
}

async function sendFetchResponse(response: Response, req: ExpressRequest, res: ExpressResponse): Promise<void> {
  res.status(response.status)
  if (!req.complete) {
    // Payload answered without reading the whole body (refused upload, access denied): the rest
    // of the body is still on the socket, so this connection cannot carry another request.
    res.setHeader('Connection', 'close')
    res.once('finish', () => req.resume())
  }
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies)
  if (!response.body || req.method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
}
