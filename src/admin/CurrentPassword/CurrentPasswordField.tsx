'use client'

import { FieldDescription, PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import React from 'react'

/** The server decides whether the current password is needed (only to change email or password). */
const anyValue = () => true as const

/**
 * The `currentPassword` field of the account page as a password input (Payload renders a text
 * field as plain text). The browser may fill it from its password manager. PasswordField checks
 * the rules for a new password and shows no description, so both are done here.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const fieldPath = path ?? field.name
  return (
    <div className="current-password">
      <PasswordField autoComplete="current-password" field={field} path={fieldPath} validate={anyValue} />
      {field.admin?.description ? <FieldDescription description={field.admin.description} path={fieldPath} /> : null}
    </div>
  )
}
