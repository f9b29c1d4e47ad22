import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminFieldLevel } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { LOCALE_OPTIONS } from '@/localization'
import { keepAdminRole, keepLastAdmin } from './hooks/keepAnAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { rejectRoleAssignmentByNonAdmins } from './hooks/rejectRoleAssignmentByNonAdmins'
import { CURRENT_PASSWORD, requireCurrentPassword } from './hooks/requireCurrentPassword'
import {
  equalizeLoginTiming,
  refusePasswordResetWithoutMail,
  settleSuccessfulSignIn,
  throttleSignInAttempts,
} from './hooks/signInProtection'

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { en: 'User', th: 'ผู้ใช้' },
    plural: { en: 'Users', th: 'ผู้ใช้' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'translatorLocales'],
    group: { en: 'Administration', th: 'การจัดการระบบ' },
  },
  auth: {
    // No account lockout: it let anyone who knows an email keep its owner out. Sign-in attempts
    // are throttled per account and address instead (src/auth/signInLimits.ts, docs/security.md).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user?.roles?.length),
    read: isStaff,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Nothing is ever locked (sign-in is throttled instead), but Payload still serves /unlock.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [refusePasswordResetWithoutMail, throttleSignInAttempts, equalizeLoginTiming, rejectRoleAssignmentByNonAdmins],
    beforeChange: [requireCurrentPassword, makeFirstUserAdmin, keepAdminRole],
    afterLogin: [settleSuccessfulSignIn],
    beforeDelete: [keepLastAdmin],
  },
  fields: [
    {
      // Asked for on one's own account when changing email or password; checked and dropped by
      // requireCurrentPassword, never stored (virtual) and never read back.
      name: CURRENT_PASSWORD,
      type: 'text',
      virtual: true,
      label: { en: 'Current password', th: 'รหัสผ่านปัจจุบัน' },
      hooks: { afterRead: [() => undefined] },
      admin: {
        description: {
          en: 'Needed only to change your email or password.',
          th: 'ต้องกรอกเฉพาะเมื่อเปลี่ยนอีเมลหรือรหัสผ่านของคุณ',
        },
        condition: (data, _siblingData, { user }) => data?.id !== undefined && String(data.id) === String(user?.id),
        components: { Field: '/admin/CurrentPassword/CurrentPasswordField#CurrentPasswordField' },
      },
    },
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', th: 'ชื่อ' },
    },
    {
      name: 'roles',
      type: 'select',
      label: { en: 'Roles', th: 'บทบาท' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      access: {
        create: isAdminFieldLevel,
        update: isAdminFieldLevel,
      },
      admin: { position: 'sidebar' },
    },
    {
      name: 'translatorLocales',
      type: 'select',
      label: { en: 'Locales this translator may edit', th: 'ภาษาที่นักแปลคนนี้แก้ไขได้' },
      hasMany: true,
      saveToJWT: true,
      options: LOCALE_OPTIONS,
      access: {
        create: isAdminFieldLevel,
        update: isAdminFieldLevel,
      },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ roles: string[] }> }) => {
        const isTranslator = siblingData.roles?.includes('translator')
        if (isTranslator && (!Array.isArray(value) || value.length === 0)) {
          return 'A translator needs at least one locale to translate into.'
        }
        return true
      },
      admin: {
        position: 'sidebar',
        condition: (data) => Boolean(data?.roles?.includes('translator')),
      },
    },
  ],
  timestamps: true,
}
