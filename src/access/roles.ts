import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'reviewer', 'translator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { en: string; th: string }> = {
  admin: { en: 'Administrator', th: 'ผู้ดูแลระบบ' },
  editor: { en: 'Editor', th: 'บรรณาธิการ' },
  reviewer: { en: 'Medical reviewer', th: 'ผู้ตรวจทานทางการแพทย์' },
  translator: { en: 'Translator', th: 'นักแปล' },
}

type MaybeUser = Pick<User, 'roles'> | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role)))
}

/** A translator (and nothing more) — the role whose writes are limited to their languages. */
export function isOnlyTranslator(user: MaybeUser): boolean {
  return hasRole(user, 'translator') && !hasRole(user, 'admin', 'editor')
}

/** May this user translate into `locale`? */
export function isTranslatorOf(user: (MaybeUser & { translatorLocales?: string[] | null }) | null | undefined, locale: unknown): boolean {
  return hasRole(user, 'translator') && typeof locale === 'string' && Boolean(user?.translatorLocales?.includes(locale as never))
}
