import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './helpers/api'
import { createStaff, type Staff } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'
import { uploadForm } from './helpers/uploads'

let server: TestServer
let staff: Staff

beforeAll(async () => {
  server = await startTestServer('log_levels')
  staff = await createStaff(server)
})
afterAll(async () => {
  await server?.close()
})

type Line = Record<string, unknown>

/** Every line logged for one request, once its request line (written when the response closes) is there. */
async function linesOf(requestId: string | null): Promise<Line[]> {
  expect(requestId).toBeTruthy()
  const deadline = Date.now() + 10_000
  const requestLine = () => server.logs.find((line) => line.msg === 'request' && line.requestId === requestId)
  while (!requestLine() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
  expect(requestLine(), `no request line for ${requestId}`).toBeTruthy()
  // Payload's lines about the same request are written before the response closes.
  return server.logs.filter((line) => line.requestId === requestId)
}

const requestLine = (lines: Line[]) => lines.find((line) => line.msg === 'request')!
const hasStack = (line: Line) => /\n\s+at /.test(JSON.stringify(line).replace(/\\n/g, '\n'))

/** A client's mistake: the request line at warn, the reason at info, no error line and no stack anywhere. */
function expectClientMistake(lines: Line[], status: number, reason: RegExp) {
  expect(requestLine(lines)).toMatchObject({ level: 'warn', status })
  expect(lines.filter((line) => line.level === 'error')).toEqual([])
  expect(lines.filter(hasStack)).toEqual([])
  expect(lines.some((line) => line.level === 'info' && reason.test(String(line.msg)))).toBe(true)
}

async function draftCondition(name: string): Promise<number> {
  const created = await apiClient(server, staff.editor).post('/api/conditions?locale=en&draft=true', { name, summary: `${name}.`, bodyRegions: ['neck'] })
  expect(created.status).toBe(201)
  return created.body.doc.id
}

describe('client mistakes are not server errors', () => {
  it('logs a refused publish (409 from the publish guard) at info without a stack, its request at warn', async () => {
    const id = await draftCondition('Never approved')
    const refused = await apiClient(server, staff.admin).patch(`/api/conditions/${id}`, { _status: 'published' })
    expect(refused.status).toBe(409)
    expectClientMistake(await linesOf(refused.headers.get('x-request-id')), 409, /has not been approved/)
  })

  it('logs a translator refused by their limits (403) the same way', async () => {
    const refused = await apiClient(server, staff.translator).post('/api/conditions?locale=th', { name: 'ไม่ได้', summary: 'x', bodyRegions: ['neck'] })
    expect(refused.status).toBe(403)
    expectClientMistake(await linesOf(refused.headers.get('x-request-id')), 403, /Translators cannot create documents/)
  })

  it('logs a failed login at info, without the email or the password', async () => {
    const failed = await apiClient(server).post('/api/users/login', { email: 'editor@example.com', password: 'wrong password' })
    expect(failed.status).toBe(401)
    const lines = await linesOf(failed.headers.get('x-request-id'))
    expectClientMistake(lines, 401, /email or password provided is incorrect/)
    expect(JSON.stringify(lines)).not.toMatch(/wrong password|editor@example\.com/)
  })

  it('logs a body that is not JSON at info', async () => {
    const response = await fetch(`${server.baseURL}/api/conditions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${staff.editor}` },
      body: '{"name": "unterminated',
    })
    expect(response.status).toBe(400)
    expectClientMistake(await linesOf(response.headers.get('x-request-id')), 400, /not valid JSON/)
  })

  it('logs a GraphQL Forbidden (answered 200 with errors) at info, its request at info', async () => {
    const response = await apiClient(server).graphql('{ Users { docs { id email } } }')
    expect(response.body.errors[0].extensions.statusCode).toBe(403)
    const lines = await linesOf(response.headers.get('x-request-id'))
    expect(requestLine(lines)).toMatchObject({ level: 'info', status: 200 })
    expect(lines.filter((line) => line.level === 'error' || hasStack(line))).toEqual([])
    expect(lines).toContainEqual(expect.objectContaining({ level: 'info', error: 'Forbidden', status: 403 }))
  })

  it('logs a refused upload (an SVG with a script) at info', async () => {
    const form = uploadForm('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.svg', 'image/svg+xml', { alt: 'Logo' })
    const refused = await apiClient(server, staff.editor).post('/api/media', form)
    expect(refused.status).toBe(400)
    expectClientMistake(await linesOf(refused.headers.get('x-request-id')), 400, /Invalid MIME type|potentially harmful/)
  })
})

describe('clients that hang up', () => {
  it('logs a client that disconnects mid-response at debug, not error', async () => {
    const image = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#c8c8c8' } }).png().toBuffer()
    const form = uploadForm(image, 'large-download.png', 'image/png', { alt: 'A download too large to finish' })
    const uploaded = await apiClient(server, staff.editor).post('/api/media', form)
    expect(uploaded.status).toBe(201)
    // 32 MB on disk: more than the sockets buffer, so the server is still sending when the client leaves.
    const file = path.join(server.runtime.env.mediaDir, uploaded.body.doc.filename)
    fs.writeFileSync(file, Buffer.concat([image, Buffer.alloc(32 * 1024 * 1024)]))

    const requestId = 'hangs-up-mid-download'
    await new Promise<void>((resolve, reject) => {
      const request = http.get(`${server.baseURL}/api/media/file/${uploaded.body.doc.filename}`, { headers: { 'X-Request-Id': requestId } }, (response) => {
        expect(response.statusCode).toBe(200)
        response.once('data', () => {
          request.destroy()
          resolve()
        })
      })
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)))
    })
    const lines = await linesOf(requestId)
    expect(requestLine(lines)).toMatchObject({ level: 'info', aborted: true })
    expect(lines.filter((line) => line.level === 'error' || hasStack(line))).toEqual([])
    expect(lines).toContainEqual(expect.objectContaining({ level: 'debug', msg: expect.stringMatching(/client disconnected/) }))
  })

  it('logs a client that hangs up while sending its body at debug, not error', async () => {
    const requestId = 'hangs-up-mid-upload'
    const socket = net.connect(Number(new URL(server.baseURL).port), '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    // Expect: 100-continue: the server answers "100 Continue" once the request has reached the app.
    const continued = new Promise((resolve) => socket.once('data', resolve))
    socket.write(
      `POST /api/users/login HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: ${requestId}\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n`,
    )
    expect(String(await continued)).toMatch(/^HTTP\/1.1 100 Continue/)
    socket.write('{"email":"ed')
    socket.destroy()
    const lines = await linesOf(requestId)
    expect(requestLine(lines)).toMatchObject({ aborted: true })
    expect(lines.filter((line) => line.level === 'error' || hasStack(line))).toEqual([])
  })
})

describe('server faults', () => {
  it('logs a 5xx at error with the stack and the request id the caller got back', async () => {
    // A real fault: the table Payload reads is gone.
    await server.runtime.pool.query('ALTER TABLE conditions RENAME TO conditions_hidden')
    let response
    try {
      response = await apiClient(server).get('/api/conditions?locale=en')
    } finally {
      await server.runtime.pool.query('ALTER TABLE conditions_hidden RENAME TO conditions')
    }
    expect(response.status).toBe(500)
    const requestId = response.headers.get('x-request-id')
    const lines = await linesOf(requestId)
    expect(requestLine(lines)).toMatchObject({ level: 'error', status: 500 })
    const fault = lines.find((line) => line.level === 'error' && line.msg !== 'request')
    expect(fault).toMatchObject({ requestId, err: { stack: expect.stringMatching(/\n\s+at /) } })
    // The failed query is named, the values it ran with are not.
    expect(JSON.stringify(fault)).not.toMatch(/params: (?!\[not logged\])/)
  })
})
