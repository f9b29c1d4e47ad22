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
import { bodyLimitFor, BodyTooLarge, readBoundedBody, refuseTooLarge, type BodyLimits } from './bodyLimit'
import { bodyProblem } from './bodyShape'
import { refuse } from './refuse'

type RouteHandler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Serves Payload's REST and GraphQL API straight from express, with Payload's own route handlers
 * (the same ones Next would call). API traffic skips Next's router, and the API works in
 * processes that do not render the admin (SERVE_ADMIN=false, tests). Request bodies are read here,
 * within `bodyLimits`, before Payload sees them: an oversized one gets a 413, one of a type Payload
 * does not read a 415, malformed JSON or form data a 400, and none of them reaches Payload.
 */
export function payloadApi(config: SanitizedConfig, bodyLimits: BodyLimits): RequestHandler {
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
      const pathname = new URL(req.originalUrl, 'http://localhost').pathname
      let body: Buffer | undefined
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        try {
          body = await readBoundedBody(req, bodyLimitFor(bodyLimits, pathname, req.headers['content-type']))
        } catch (error) {
          if (!(error instanceof BodyTooLarge)) throw error
          refuseTooLarge(req, res, error.limit)
          return
        }
        const problem = pathname in bodyLimits.ownFormat ? undefined : bodyProblem(body, req.headers['content-type'])
        if (problem) {
          refuse(req, res, problem.status, problem.key, problem.params)
          return
        }
      }
      const request = toFetchRequest(req, body)
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

/** The express request as a fetch Request for Payload's handlers, with the body already read. */
function toFetchRequest(req: ExpressRequest, body: Buffer | undefined): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  if (body) {
    // The body is whole now, whether it came chunked or not.
    headers.delete('transfer-encoding')
    headers.set('content-length', String(body.length))
  }
  const url = new URL(req.originalUrl, `${req.protocol}://${req.headers.host ?? 'localhost'}`)
  return new Request(url, { method: req.method, headers, body: body as BodyInit | undefined })
}

async function sendFetchResponse(response: Response, req: ExpressRequest, res: ExpressResponse): Promise<void> {
  res.status(response.status)
  if (!req.complete) {
    // A body that was never read (one sent with a GET): the rest of it is still on the socket, so
    // this connection cannot carry another request.
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
