import type { PayloadRequest, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { translator, UI_LANGUAGES } from '@/i18n'
import type { LocaleCode } from '@/localization'
import type { User } from '@/payload-types'
import type { Action, ReviewedCollection } from './stages'

export type ReviewNotice = {
  action: Action
  collection: ReviewedCollection
  id: number
  locale: LocaleCode
  title: string
  comment?: string
  actor: User
  /** Submitter and editors of the locale since its last approval. */
  authors: number[]
}

/** Who is told about a review step: reviewers of new submissions, authors (and admins, who publish) of the outcome. */
function recipientsWhere(notice: ReviewNotice): Where | null {
  const authors: Where = { id: { in: notice.authors.length ? notice.authors : [-1] } }
  switch (notice.action) {
    case 'submit':
      return { roles: { contains: 'reviewer' } }
    case 'approve':
      return { or: [authors, { roles: { contains: 'admin' } }] }
    case 'request_changes':
      return authors
    default:
      return null
  }
}

/** The email for one review step, in English then Thai (staff may read either). */
export function composeNotice(notice: ReviewNotice, adminUrl: string): { subject: string; text: string } {
  const parts = UI_LANGUAGES.map((language) => {
    const t = translator(language)
    const values = {
      title: notice.title,
      actor: notice.actor.name || notice.actor.email,
      locale: t(`localeName.${notice.locale}`),
      url: adminUrl,
    }
    const lines = [t(`${notice.action}.body`, values)]
    if (notice.comment) lines.push('', notice.comment)
    lines.push('', t('open', values), '', t('footer'))
    return { subject: t(`${notice.action}.subject`, values), text: lines.join('\n') }
  })
  return { subject: parts.map((part) => part.subject).join(' · '), text: parts.map((part) => part.text).join('\n\n———\n\n') }
}

/**
 * Emails the people concerned by a review step through Payload's email adapter. Called after the
 * step is committed; a mail failure is logged and never undoes the step.
 */
export async function notifyReviewStep(req: PayloadRequest, notice: ReviewNotice): Promise<string[]> {
  const where = recipientsWhere(notice)
  if (!where) return []
  const found = await req.payload.find({ collection: 'users', where, limit: 200, depth: 0, overrideAccess: true })
  const recipients = found.docs.filter((user) => user.id !== notice.actor.id && hasRole(user, 'admin', 'editor', 'reviewer', 'translator'))
  if (!recipients.length) return []
  const serverURL = req.payload.config.serverURL || ''
  const adminUrl = `${serverURL}${req.payload.config.routes.admin}/collections/${notice.collection}/${notice.id}?locale=${notice.locale}`
  const { subject, text } = composeNotice(notice, adminUrl)
  const sent: string[] = []
  for (const user of recipients) {
    try {
      await req.payload.sendEmail({ to: user.email, subject, text })
      sent.push(user.email)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `Review notification to user ${user.id} failed` })
    }
  }
  return sent
}
