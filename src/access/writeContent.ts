import type { Access } from 'payload'

import { editorsWriteAdminsPublish } from './editorsWriteAdminsPublish'
import { isTranslatorOf } from './roles'

/**
 * Updating medical content: editors and admins (only admins publish), and translators in the
 * languages listed on their account. What a translator may change within a document (its
 * localized text only) is checked by src/hooks/limitTranslators.ts.
 */
export const writeContent: Access = (args) => {
  if (editorsWriteAdminsPublish(args)) return true
  const publishing = (args.data as { _status?: unknown } | undefined)?._status === 'published'
  return !publishing && isTranslatorOf(args.req.user, args.req.locale)
}
