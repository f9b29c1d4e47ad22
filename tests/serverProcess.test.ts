import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'

import { freePort } from './helpers/freePort'
import { isAlive, makeDataDir, postmasterPid, spawnServer, waitForReady, type ServerProcess } from './helpers/serverProcess'

const dataDirs: string[] = []
const running: ServerProcess[] = []

function dataDir(label: string): string {
  const dir = makeDataDir(label)
  dataDirs.push(dir)
  return dir
}

async function start(options: Parameters<typeof spawnServer>[0]): Promise<ServerProcess> {
  const server = await spawnServer(options)
  running.push(server)
  return server
}

afterAll(async () => {
  for (const server of running) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
  }
  for (const dir of dataDirs) {
    const pid = postmasterPid(dir)
    if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL')
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

describe('the server process', () => {
  it('stops with one clear line naming a malformed variable', async () => {
    const server = await start({ dataDir: dataDir('badenv'), env: { PORT: 'abc' } })
    const { code } = await server.exited
    expect(code).toBe(1)
    expect(server.stderr().trim()).toBe('Invalid configuration: PORT must be a whole number (got "abc")')
  })

  it('starts an embedded PostgreSQL, seeds the empty database, becomes ready, and exits 0 on SIGTERM leaving no postgres behind', async () => {
    const dir = dataDir('lifecycle')
    const server = await start({ dataDir: dir, env: { SEED_ON_START: 'true' } })
    await waitForReady(server)
    const pid = postmasterPid(dir)
    expect(pid && isAlive(pid)).toBe(true)
    // A first development start fills the empty database with the bilingual sample content.
    const conditions = await (await fetch(`http://127.0.0.1:${server.port}/api/conditions?locale=th&limit=1`)).json()
    expect(conditions.totalDocs).toBeGreaterThanOrEqual(8)
    expect(conditions.docs[0].name).toMatch(/[\u0E00-\u0E7F]/)
    expect(server.output()).toContain('"msg":"development login"')
    expect(fs.readFileSync(`${dir}/payload-secret`, 'utf8').trim().length).toBeGreaterThanOrEqual(32)

    server.child.kill('SIGTERM')
    const { code } = await server.exited
    expect(code).toBe(0)
    expect(isAlive(pid!)).toBe(false)
    expect(postmasterPid(dir)).toBeUndefined()
    expect(server.output()).toContain('"msg":"stopped"')
  })

  it('stops its embedded postgres when told to stop while still starting', async () => {
    const dir = dataDir('earlystop')
    const server = await start({ dataDir: dir })
    const deadline = Date.now() + 60_000
    while (!server.output().includes('embedded postgres started') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const pid = postmasterPid(dir)!
    server.child.kill('SIGTERM')
    expect((await server.exited).code).toBe(0)
    expect(isAlive(pid)).toBe(false)
  })

  it('finishes an in-flight request before shutting down', async () => {
    const server = await start({ dataDir: dataDir('inflight') })
    await waitForReady(server)
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not the password' })
    const response = new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/users/login',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume()
          res.once('end', () => resolve(res.statusCode ?? 0))
        },
      )
      request.once('error', reject)
      // Half the body now, SIGTERM, the rest later: the request is in flight during shutdown.
      request.write(body.slice(0, 10))
      setTimeout(() => server.child.kill('SIGTERM'), 200)
      setTimeout(() => request.end(body.slice(10)), 1_000)
    })
    expect(await response).toBe(401)
    expect((await server.exited).code).toBe(0)
  })

  it('recovers after a crash that left its embedded postgres running', async () => {
    const dir = dataDir('crash')
    const embeddedPort = await freePort()
    const first = await start({ dataDir: dir, embeddedPort })
    await waitForReady(first)
    const orphan = postmasterPid(dir)!
    first.child.kill('SIGKILL')
    await first.exited
    expect(isAlive(orphan)).toBe(true)

    const second = await start({ dataDir: dir, embeddedPort })
    await waitForReady(second)
    expect(isAlive(orphan)).toBe(false)
    expect(second.output()).toContain('left running by a previous run')
    second.child.kill('SIGTERM')
    expect((await second.exited).code).toBe(0)
  })

  it('starts after a crash that left only a stale lock file', async () => {
    const dir = dataDir('stale')
    const first = await start({ dataDir: dir })
    await waitForReady(first)
    first.child.kill('SIGTERM')
    await first.exited
    // A lock naming a process that no longer exists, as after a power cut.
    fs.writeFileSync(`${dir}/postgres/postmaster.pid`, '999999\n')
    const second = await start({ dataDir: dir })
    await waitForReady(second)
    second.child.kill('SIGTERM')
    expect((await second.exited).code).toBe(0)
  })

  it('says clearly when the embedded database port is taken', async () => {
    const blocker = net.createServer()
    const port = await freePort()
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve))
    try {
      const server = await start({ dataDir: dataDir('porttaken'), embeddedPort: port })
      const { code } = await server.exited
      expect(code).toBe(1)
      expect(server.stderr()).toContain(`port ${port} on 127.0.0.1 is already in use`)
      expect(server.stderr()).toContain('EMBEDDED_POSTGRES_PORT')
    } finally {
      blocker.close()
    }
  })

  it.runIf(process.getuid?.() === 0)('runs as a normal user too (the embedded postgres then runs as that user)', async () => {
    const dir = dataDir('nonroot')
    const server = await start({ dataDir: dir, runAs: { uid: 65534, gid: 65534 } })
    await waitForReady(server)
    const pid = postmasterPid(dir)!
    expect(fs.statSync(`/proc/${pid}`).uid).toBe(65534)
    server.child.kill('SIGTERM')
    expect((await server.exited).code).toBe(0)
    expect(isAlive(pid)).toBe(false)
  })
})
