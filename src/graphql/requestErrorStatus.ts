type GraphQLBody = { data?: unknown; errors?: Array<{ message?: string; extensions?: { statusCode?: number } }> }

/**
 * The HTTP status of a GraphQL answer. GraphQL over HTTP answers `application/json` requests with
 * 200 even when the query never ran; front ends and monitors read the status, so:
 * - errors and no `data` at all (syntax error, unknown field, too deep, too costly): 400;
 * - stopped by the read time budget: 503 with that one message, instead of a partial answer
 *   carrying the same error once for every field that was cut off (thousands);
 * - anything else keeps its status, field errors included.
 */
export async function withRequestErrorStatus(response: Response): Promise<Response> {
  if (response.status !== 200 || !response.headers.get('content-type')?.includes('json')) return response
  const text = await response.text()
  let body: GraphQLBody | undefined
  try {
    body = JSON.parse(text) as GraphQLBody
  } catch {
    body = undefined
  }
  if (!body || !Array.isArray(body.errors)) return new Response(text, { status: 200, headers: response.headers })
  const stopped = body.errors.find((error) => error.extensions?.statusCode === 503)
  if (stopped) {
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return Response.json({ errors: [{ message: stopped.message, extensions: { statusCode: 503 } }] }, { status: 503, headers })
  }
  return new Response(text, { status: 'data' in body ? 200 : 400, headers: response.headers })
}
