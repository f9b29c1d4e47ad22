import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

/** Static checks of the container setup: the files must agree with each other and with src/server/env.ts. */
const root = path.resolve(import.meta.dirname, '..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  environment?: Record<string, string | number | boolean | null> | string[]
  depends_on?: string[] | Record<string, { condition?: string }>
  ports?: Array<string | number | { target?: number | string; published?: number | string }>
  volumes?: Array<string | { type?: string; source?: string; target?: string }>
  healthcheck?: { test?: string | string[] }
}
type Compose = { services: Record<string, Service>; volumes?: Record<string, unknown> }

const compose = parse(read('docker-compose.yml')) as Compose
const postgres = compose.services.postgres!
const cms = compose.services.cms!

/** A service's environment as a name → raw value map, whichever of the two compose forms it uses. */
function environment(service: Service): Record<string, string> {
  const env = service.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const eq = entry.indexOf('=')
        return eq === -1 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)]
      }),
    )
  }
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, String(value ?? '')]))
}

/** What compose substitutes when the variable is unset: `${X:-default}` → default, `${X}` → ''. */
function withDefaults(value: string): string {
  return value.replace(/\$\{[A-Z0-9_]+(?::?-([^}]*))?[^}]*\}/g, (_match, fallback?: string) => fallback ?? '')
}

/** Volume mounts as { source, target }, from the short ("name:/path[:ro]") or the long syntax. */
function mounts(service: Service): Array<{ source: string; target: string }> {
  return (service.volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source = '', target = ''] = volume.split(':')
      return { source, target }
    }
    return { source: volume.source ?? '', target: volume.target ?? '' }
  })
}

const healthcheckText = (service: Service) => [service.healthcheck?.test ?? []].flat().join(' ')

/** Dockerfile instructions (continuation lines joined, comments dropped), grouped by stage. */
function dockerfileStages(text: string): Array<Array<{ instruction: string; args: string }>> {
  const lines = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const stages: Array<Array<{ instruction: string; args: string }>> = []
  for (const line of lines) {
    const [, instruction = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? []
    const upper = instruction.toUpperCase()
    if (upper === 'FROM') stages.push([])
    stages.at(-1)?.push({ instruction: upper, args })
  }
  return stages
}

const stages = dockerfileStages(read('Dockerfile'))
const finalStage = stages.at(-1) ?? []
const allInstructions = stages.flat()

/** The runtime stage's ENV, in both `ENV A=1 B=2` and legacy `ENV A 1` forms. */
const imageEnv: Record<string, string> = Object.fromEntries(
  finalStage
    .filter(({ instruction }) => instruction === 'ENV')
    .flatMap(({ args }) =>
      args.includes('=')
        ? [...args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S+)/g)].map(([, name, value]) => [
            name!,
            value!.replace(/^"|"$/g, ''),
          ])
        : [args.split(/\s+/, 2) as [string, string]],
    ),
)

/** The variable names the server's zod schema knows: the `NAME:` keys of the object in env.ts. */
const knownEnvVars = new Set([...read('src/server/env.ts').matchAll(/^\s*([A-Z][A-Z0-9_]*):/gm)].map(([, name]) => name!))

describe('docker-compose.yml', () => {
  it('defines a postgres and a cms service', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'cms']))
  })

  it('runs PostgreSQL 17', () => {
    expect(postgres.image).toBe('postgres:17')
  })

  it('reports postgres healthy only when pg_isready succeeds', () => {
    expect(healthcheckText(postgres)).toContain('pg_isready')
  })

  it('keeps the postgres data directory in a named volume', () => {
    const data = mounts(postgres).find(({ target }) => target === '/var/lib/postgresql/data')
    expect(data, 'a mount at /var/lib/postgresql/data').toBeDefined()
    expect(Object.keys(compose.volumes ?? {})).toContain(data!.source)
  })

  it('builds cms from the Dockerfile', () => {
    const build = typeof cms.build === 'string' ? { context: cms.build } : cms.build
    expect(build?.context).toBe('.')
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile')
  })

  it('cms waits for a healthy postgres', () => {
    expect(cms.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' } })
  })

  it('points cms at the postgres service with the database and user postgres creates', () => {
    const pg = environment(postgres)
    const uri = new URL(withDefaults(environment(cms).DATABASE_URI ?? ''))
    expect(uri.protocol).toMatch(/^postgres(ql)?:$/)
    expect(uri.hostname).toBe('postgres')
    expect(uri.port).toBe('5432')
    expect(uri.pathname).toBe(`/${pg.POSTGRES_DB}`)
    expect(uri.username).toBe(pg.POSTGRES_USER)
    expect(decodeURIComponent(uri.password)).toBe(withDefaults(pg.POSTGRES_PASSWORD ?? ''))
  })

  it('refuses to start cms without a PAYLOAD_SECRET', () => {
    expect(environment(cms).PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?[^}]+\}$/)
  })

  it('runs cms in production mode', () => {
    expect(environment(cms).NODE_ENV).toBe('production')
  })

  it('publishes the cms port 3000', () => {
    const published = (cms.ports ?? []).some((port) =>
      typeof port === 'object' ? String(port.target) === '3000' : /(^|:)3000(\/tcp)?$/.test(String(port)),
    )
    expect(published).toBe(true)
  })

  it('checks cms health through /readyz', () => {
    expect(healthcheckText(cms)).toContain('/readyz')
  })

  it('keeps uploads in a named volume mounted at MEDIA_DIR', () => {
    const mediaDir = environment(cms).MEDIA_DIR ?? imageEnv.MEDIA_DIR
    expect(mediaDir, 'MEDIA_DIR set by the compose file or the image').toBeTruthy()
    const media = mounts(cms).find(({ target }) => target === mediaDir)
    expect(media, `a mount at ${mediaDir}`).toBeDefined()
    expect(Object.keys(compose.volumes ?? {})).toContain(media!.source)
  })

  it('only sets cms variables that the server reads', () => {
    expect(knownEnvVars).toContain('NODE_ENV')
    expect(knownEnvVars).toContain('DATABASE_URI')
    const unknown = Object.keys(environment(cms)).filter((name) => !knownEnvVars.has(name))
    expect(unknown).toEqual([])
  })
})

describe('Dockerfile', () => {
  it('is a multi-stage build', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2)
  })

  it('installs dependencies from the lockfile with npm ci', () => {
    expect(allInstructions.some(({ instruction, args }) => instruction === 'RUN' && /\bnpm ci\b/.test(args))).toBe(true)
  })

  it('builds the admin UI', () => {
    expect(
      allInstructions.some(
        ({ instruction, args }) => instruction === 'RUN' && /\b(npm run build|next build)\b/.test(args),
      ),
    ).toBe(true)
  })

  it('runs the server as a non-root user', () => {
    const user = finalStage.filter(({ instruction }) => instruction === 'USER').at(-1)?.args
    expect(user, 'a USER in the final stage').toBeDefined()
    expect(user).not.toMatch(/^(root|0)(:|$)/)
  })

  it('starts the bundled server exactly as npm start does', () => {
    const cmd = finalStage.filter(({ instruction }) => instruction === 'CMD').at(-1)?.args ?? ''
    const start = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.start as string
    expect(start).toBe('NODE_ENV=production node --conditions=production dist/server.js')
    expect(JSON.parse(cmd)).toEqual(['node', '--conditions=production', 'dist/server.js'])
    expect(finalStage.some(({ instruction, args }) => instruction === 'COPY' && args.includes('/app/dist'))).toBe(true)
  })
})
