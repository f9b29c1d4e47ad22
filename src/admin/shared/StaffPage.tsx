import { DefaultTemplate, MinimalTemplate } from '@payloadcms/next/templates'
import { Gutter, HydrateAuthProvider, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { ROLES, hasRole } from '@/access/roles'

/**
 * Custom root views skip Payload's admin-access redirect: without a user, go to the login and
 * come back here afterwards.
 */
export function requireSignIn(req: PayloadRequest, path: `/${string}`): void {
  if (req.user) return
  const adminRoute = req.payload.config.routes.admin
  const login = formatAdminURL({ adminRoute, path: req.payload.config.admin.routes.login })
  redirect(`${login}?redirect=${encodeURIComponent(formatAdminURL({ adminRoute, path }))}`)
}

export const isStaffUser = (req: PayloadRequest) => hasRole(req.user as never, ...ROLES)

/** The page a signed-in user without a staff role sees instead of a staff view. */
export function ForStaffOnly({ className, title, message }: { className: string; title: string; message: string }) {
  return (
    <MinimalTemplate className={className}>
      <h1>{title}</h1>
      <p className={`${className}__message`}>{message}</p>
    </MinimalTemplate>
  )
}

/**
 * A staff view in the admin's chrome (nav, breadcrumb) — `user` is the read-access-filtered user
 * Payload passes to views, which is what the template renders.
 */
export function StaffPage({
  props: { initPageResult, params, searchParams, user },
  viewType,
  title,
  className,
  children,
}: {
  props: AdminViewServerProps
  viewType: string
  title: string
  className: string
  children: React.ReactNode
}) {
  const { locale, permissions, req, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user ?? undefined}
      viewType={viewType}
      visibleEntities={{ collections: visibleEntities.collections, globals: visibleEntities.globals }}
    >
      <HydrateAuthProvider permissions={permissions} />
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )
}
