import type { Role } from '@/access/roles'

/**
 * One account per role for trying the CMS locally. Development only: the seed refuses to create
 * them when NODE_ENV=production, and the passwords are printed at start and listed in the README.
 */
export const SAMPLE_USERS: Array<{ email: string; password: string; name: string; roles: Role[]; translatorLocales?: Array<'en' | 'th'> }> = [
  { email: 'admin@example.com', password: 'admin-dev-password', name: 'Ada Admin', roles: ['admin'] },
  { email: 'editor@example.com', password: 'editor-dev-password', name: 'Eddie Editor', roles: ['editor'] },
  { email: 'reviewer@example.com', password: 'reviewer-dev-password', name: 'Dr. Rin Reviewer', roles: ['reviewer'] },
  {
    email: 'translator@example.com',
    password: 'translator-dev-password',
    name: 'Tida Translator',
    roles: ['translator'],
    translatorLocales: ['th'],
  },
]
