import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminFieldLevel } from '@/access/isAdmin'
import { isAdminOrSelf } from '@/access/isAdminOrSelf'
import { isStaff } from '@/access/isStaff'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { LOCALE_OPTIONS } from '@/localization'
import { keepAdminRole, keepLastAdmin } from './hooks/keepAnAdmin'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { rejectRoleAssignmentByNonAdmins } from './hooks/rejectRoleAssignmentByNonAdmins'

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
    // Lockout after repeated failures stays on: clinic accounts guard patient-facing content.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
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
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [rejectRoleAssignmentByNonAdmins],
    beforeChange: [makeFirstUserAdmin, keepAdminRole],
    beforeDelete: [keepLastAdmin],
  },
  fields: [
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
