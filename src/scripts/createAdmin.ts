/**
 * npm run create-admin: creates an administrator from ADMIN_EMAIL / ADMIN_PASSWORD (and optional
 * ADMIN_NAME), or asks for them when run in a terminal. With --promote, an existing user with that
 * email gets the admin role instead. An operator command with database access, so it acts as the
 * system (no request user), like Payload's own first-register.
 */
import readline from 'node:readline/promises'

import { runtimeForScript } from './runtimeForScript'
import { complain, say } from './say'

const MIN_PASSWORD_LENGTH = 12
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

async function ask(question: string, hidden = false): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true })
  if (hidden) {
    // Echo nothing while the password is typed.
    ;(rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (text: string) => {
      if (text.includes(question)) process.stdout.write(question)
    }
  }
  const answer = await rl.question(question)
  rl.close()
  if (hidden) process.stdout.write('\n')
  return answer.trim()
}

async function readInput(): Promise<{ email: string; password: string; name: string | undefined }> {
  let email = process.env.ADMIN_EMAIL?.trim() ?? ''
  let password = process.env.ADMIN_PASSWORD ?? ''
  const interactive = process.stdin.isTTY === true
  if (!email && interactive) email = await ask('Admin email: ')
  if (!password && interactive && !process.argv.includes('--promote')) password = await ask('Password (12+ characters): ', true)
  if (!email) {
    complain('create-admin: set ADMIN_EMAIL (and ADMIN_PASSWORD), or run it in a terminal to be asked.')
    process.exit(2)
  }
  if (!EMAIL.test(email)) {
    complain(`create-admin: "${email}" is not an email address.`)
    process.exit(2)
  }
  return { email: email.toLowerCase(), password, name: process.env.ADMIN_NAME?.trim() || undefined }
}

const input = await readInput()
const promote = process.argv.includes('--promote')
if (!promote && input.password.length < MIN_PASSWORD_LENGTH) {
  complain(`create-admin: the password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  process.exit(2)
}

const runtime = await runtimeForScript()
const { payload } = runtime
let exitCode = 0
try {
  const existing = await payload.find({ collection: 'users', where: { email: { equals: input.email } }, limit: 1, depth: 0 })
  const user = existing.docs[0]
  if (user && promote) {
    const roles = [...new Set([...(user.roles ?? []), 'admin' as const])]
    await payload.update({ collection: 'users', id: user.id, data: { roles } })
    say(`${input.email} is now an administrator.`)
  } else if (user) {
    complain(`create-admin: ${input.email} already exists. Use --promote to give it the admin role.`)
    exitCode = 1
  } else if (promote) {
    complain(`create-admin: no user ${input.email} to promote.`)
    exitCode = 1
  } else {
    await payload.create({
      collection: 'users',
      data: { email: input.email, password: input.password, name: input.name, roles: ['admin'] },
    })
    say(`Created administrator ${input.email}. Sign in at ${runtime.env.serverURL}/admin`)
  }
} finally {
  await runtime.close()
}
process.exit(exitCode)
