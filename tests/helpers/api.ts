import type { TestServer } from './testServer'

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T }

/** A client of the running server: plain fetch, JSON in and out, optional JWT. */
export function apiClient(server: Pick<TestServer, 'baseURL'>, token?: string) {
  const request = async <T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> => {
    const init: RequestInit = { method, headers: { ...headers } }
    if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
    if (body instanceof FormData) init.body = body
    else if (body !== undefined) {
      ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
      init.body = JSON.stringify(body)
    }
    const response = await fetch(`${server.baseURL}${path}`, init)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, headers: response.headers, body: parsed as T }
  }
  return {
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('POST', path, body, headers),
    patch: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string) => request<T>('DELETE', path),
    graphql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) =>
      request<T>('POST', '/api/graphql', { query, variables }, headers),
  }
}

export async function login(server: Pick<TestServer, 'baseURL'>, email: string, password: string): Promise<string> {
  const response = await apiClient(server).post<{ token?: string }>('/api/users/login', { email, password })
  if (response.status !== 200 || !response.body.token) {
    throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return response.body.token
}
