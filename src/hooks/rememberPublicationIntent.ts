import type { CollectionBeforeOperationHook } from 'payload'

import { rememberIntent, type PublicationIntent } from '@/workflow/publication'

/**
 * Notes whether a create, update or version restore is a draft save, which locale it publishes and
 * whether access control applies: Payload passes these to operations but not to the change hooks
 * that guard publishing.
 */
export const rememberPublicationIntent: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID' && operation !== 'restoreVersion') return args
  const { publishSpecificLocale } = args as { publishSpecificLocale?: unknown }
  const intent: PublicationIntent = {
    draft: Boolean(args.draft),
    publishSpecificLocale: typeof publishSpecificLocale === 'string' ? publishSpecificLocale : undefined,
    overrideAccess: args.overrideAccess === true,
    restore: operation === 'restoreVersion',
  }
  rememberIntent(req, intent)
  return args
}
