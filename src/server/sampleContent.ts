import type { Payload } from 'payload'

import { seed } from '../seed'
import { SAMPLE_USERS } from '../seed/sampleUsers'
import type { Env } from './env'
import type { Logger } from './logger'

/**
 * Development convenience: an empty database (no users, no articles) gets the sample content, so
 * a newcomer's first `npm run dev` shows a working bilingual CMS. Then the sample logins are listed.
 */
export async function seedEmptyDatabase(payload: Payload, env: Env, log: Logger): Promise<void> {
  if (env.isProduction) return
  if (env.seedOnStart) {
    const [users, articles] = await Promise.all([
      payload.count({ collection: 'users' }),
      payload.count({ collection: 'articles' }),
    ])
    if (users.totalDocs === 0 && articles.totalDocs === 0) {
      log.info('empty database: adding the sample content (npm run seed)')
      const report = await seed(payload, { withUsers: true, progress: (line) => log.info(`seed ${line}`) })
      log.info('sample content added', { report })
    }
  }
  const existing = await payload.find({
    collection: 'users',
    where: { email: { in: SAMPLE_USERS.map((user) => user.email) } },
    limit: SAMPLE_USERS.length,
    depth: 0,
  })
  const present = new Set(existing.docs.map((user) => user.email))
  for (const user of SAMPLE_USERS.filter((sample) => present.has(sample.email))) {
    log.info('development login', { email: user.email, password: user.password, roles: user.roles })
  }
}
