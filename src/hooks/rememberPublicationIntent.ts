import type { CollectionBeforeOperationHook } from 'payload'

import { rememberIntent, type PublicationIntent } from '@/workflow/publication'

/**
 * Notes whether a create or update is a draft save, which locale it publishes and whether access
 * control applies: Payload passes these to operations but not to the change hooks that guard
 * publishing.
 */
export const rememberPublicationIntent: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const intent: PublicationIntent = {
    draft: Boolean(args.draft),
    publishSpecificLocale: typeof args.publishSpecificLocale === 'string' ? args.publishSpecificLocale : undefined,
    overrideAccess: args.overrideAccess === true,
  }
  rememberIntent(req, intent)
  return args
}
