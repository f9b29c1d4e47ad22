import type { Refusal, Stats } from './stats'

export type Answer<T = any> = { status: number; body: T; outcome: 'ok' | 'refused' | 'error' }

export type RequestSpec = {
  method?: 'GET' | 'POST' | 'PATCH'
  path: string
  /** JWT of the actor; none for anonymous readers. */
  token?: string
  /** JSON, or a string sent as is with `contentType`. */
  body?: unknown
  contentType?: string
  /** Statuses that mean success (default 200). */
  ok?: number[]
  /** Statuses the actor provokes on purpose and that are right, with why. */
  refusals?: Refusal[]
  /** Checks a successful answer's content; a message means it is wrong (an error). */
  check?: (body: any) => string | undefined
}

/** Longer than the server's own 10 s read budget and statement timeout: a request that outlives it hangs. */
const TIMEOUT_MS = 60_000

const short = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text === undefined ? '' : text.length > 600 ? `${text.slice(0, 600)}…` : text
}

/** fetch with timing: every request is counted under its operation name and judged by its spec. */
export function soakClient(base: string, stats: Stats) {
  return async function request<T = any>(operation: string, spec: RequestSpec): Promise<Answer<T>> {
    const method = spec.method ?? (spec.body === undefined ? 'GET' : 'POST')
    const headers: Record<string, string> = {}
    if (spec.token) headers.Authorization = `JWT ${spec.token}`
    let body: string | undefined
    if (typeof spec.body === 'string') {
      body = spec.body
      headers['Content-Type'] = spec.contentType ?? 'text/plain'
    } else if (spec.body !== undefined) {
      body = JSON.stringify(spec.body)
      headers['Content-Type'] = 'application/json'
    }
    const description = `${method} ${spec.path}`
    const started = performance.now()
    let status = 0
    let parsed: unknown
    let requestId: string | undefined
    try {
      const response = await fetch(`${base}${spec.path}`, { method, headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) })
      status = response.status
      requestId = response.headers.get('x-request-id') ?? undefined
      const text = await response.text()
      parsed = text
      if ((response.headers.get('content-type') ?? '').includes('json')) {
        try {
          parsed = JSON.parse(text)
        } catch {
          // keep the text: the check below reports it
        }
      }
    } catch (error) {
      const ms = performance.now() - started
      stats.record(operation, 'error', ms)
      stats.problem({ operation, request: description, status: 0, detail: `no answer after ${Math.round(ms)} ms: ${(error as Error).message}` })
      return { status: 0, body: undefined as T, outcome: 'error' }
    }
    const ms = performance.now() - started

    const refusal = spec.refusals?.find((candidate) => candidate.status === status)
    if (refusal) {
      stats.record(operation, 'refused', ms)
      stats.refused(operation, refusal)
      return { status, body: parsed as T, outcome: 'refused' }
    }
    const wrong = (spec.ok ?? [200]).includes(status) ? spec.check?.(parsed) : `unexpected status ${status}: ${short(parsed)}`
    if (wrong !== undefined) {
      stats.record(operation, 'error', ms)
      stats.problem({ operation, request: description, status, detail: wrong, requestId })
      return { status, body: parsed as T, outcome: 'error' }
    }
    stats.record(operation, 'ok', ms)
    return { status, body: parsed as T, outcome: 'ok' }
  }
}

export type SoakRequest = ReturnType<typeof soakClient>
