import { Link } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React from 'react'

import { hasRole, isOnlyTranslator, isTranslatorOf } from '@/access/roles'
import { DEFAULT_LOCALE, LOCALES, LOCALE_CODES, type LocaleCode } from '@/localization'
import type { User } from '@/payload-types'
import { translationDashboard } from '@/translation/dashboard'
import { TRANSLATION_STATUSES, TRANSLATION_STATUS_LABELS, type TranslationStatus } from '@/translation/status'
import { ForStaffOnly, isStaffUser, requireSignIn, StaffPage } from '../shared/StaffPage'
import { labelsFor, TRANSLATIONS_PATH, uiLanguage, type TranslationsLabels, type UiLanguage } from './labels'
import { TranslationTools } from './TranslationTools'
import './translations.scss'

const baseClass = 'translations'

type Dashboard = Awaited<ReturnType<typeof translationDashboard>>

const TARGETS = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)
const localeName = (code: string): string => LOCALES.find((locale) => locale.code === code)?.label ?? code
const namesOf = (codes: readonly string[]) => codes.map(localeName).join(', ')

/** Whom the page refuses, and why; the same rules as the translation API's `?locale=`. */
function refusal(user: User, value: string, t: TranslationsLabels): string | null {
  if (value === DEFAULT_LOCALE) return t.sourceLanguage(namesOf(TARGETS))
  if (!(TARGETS as string[]).includes(value)) return t.unknownLocale(namesOf(TARGETS))
  if (isOnlyTranslator(user) && !isTranslatorOf(user, value)) {
    const yours = (user.translatorLocales ?? []).filter((code) => code !== DEFAULT_LOCALE)
    return t.notYourLanguage(localeName(value), yours.length ? namesOf(yours) : t.noLanguageYet)
  }
  return null
}

/** Medical reviewers read translations; editors, translators and admins write them. */
const mayWrite = (user: User) => hasRole(user, 'admin', 'editor', 'translator')

function StatusBadge({ language, status }: { language: UiLanguage; status: TranslationStatus }) {
  return <span className={`${baseClass}__status ${baseClass}__status--${status}`}>{TRANSLATION_STATUS_LABELS[status][language]}</span>
}

function Counts({ counts, label, language }: { counts: Record<TranslationStatus, number>; label: string; language: UiLanguage }) {
  return (
    <ul aria-label={label} className={`${baseClass}__counts`}>
      {TRANSLATION_STATUSES.map((status) => (
        <li className={`${baseClass}__count ${baseClass}__count--${status}`} key={status}>
          <span className={`${baseClass}__count-number`}>{counts[status]}</span>
          <span className={`${baseClass}__count-label`}>{TRANSLATION_STATUS_LABELS[status][language]}</span>
        </li>
      ))}
    </ul>
  )
}

function CollectionSection({ language, summary, t }: { language: UiLanguage; summary: Dashboard['collections'][number]; t: TranslationsLabels }) {
  const headingId = `${baseClass}-${summary.collection}`
  const label = summary.label[language] ?? summary.label.en
  const total = TRANSLATION_STATUSES.reduce((sum, status) => sum + summary.counts[status], 0)
  return (
    <section aria-labelledby={headingId} className={`${baseClass}__section`} id={summary.collection}>
      <h2 className={`${baseClass}__heading`} id={headingId}>
        {label} <span className={`${baseClass}__total`}>{total}</span>
      </h2>
      <Counts counts={summary.counts} label={label} language={language} />
      {summary.documents.length === 0 ? (
        <p className={`${baseClass}__empty`}>{total === 0 ? t.noDocuments : t.allTranslated}</p>
      ) : (
        <div className={`${baseClass}__table-wrap`}>
          <table className={`${baseClass}__table`}>
            <caption className={`${baseClass}__caption`}>{t.documentsNeedingWork}</caption>
            <thead>
              <tr>
                <th scope="col">{t.columns.title}</th>
                <th scope="col">{t.columns.status}</th>
                <th scope="col">{t.columns.progress}</th>
                <th scope="col">{t.columns.outdatedFields}</th>
              </tr>
            </thead>
            <tbody>
              {summary.documents.map((doc) => (
                <tr key={`${doc.collection}-${doc.id}`}>
                  <th className={`${baseClass}__title`} scope="row">
                    <Link href={doc.adminPath} prefetch={false}>
                      {doc.title}
                    </Link>
                  </th>
                  <td>
                    <StatusBadge language={language} status={doc.status} />
                  </td>
                  <td className={`${baseClass}__progress`}>
                    {doc.total === 0 ? (
                      t.noFields
                    ) : (
                      <>
                        <span>{t.progress(doc.translated, doc.total)}</span>
                        <meter aria-hidden="true" className={`${baseClass}__meter`} max={doc.total} min={0} value={doc.translated} />
                      </>
                    )}
                  </td>
                  <td>
                    {doc.outdatedPaths.length === 0 ? (
                      t.none
                    ) : (
                      <ul className={`${baseClass}__paths`}>
                        {doc.outdatedPaths.map((path) => (
                          <li key={path}>
                            <code>{path}</code>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/**
 * /admin/translations: translation into one language (?locale=, Thai by default) at a glance —
 * totals, per collection the counts and the documents needing work — with export and import of
 * translation files. Custom root views skip Payload's admin-access redirect, so this view checks
 * the user itself; the data is read as the user (translationDashboard uses overrideAccess: false).
 */
export async function TranslationsView(props: AdminViewServerProps) {
  const { searchParams } = props
  const { req } = props.initPageResult
  requireSignIn(req, TRANSLATIONS_PATH)
  // The full principal decides access; the read-access-filtered user is what the template renders.
  const { i18n, payload } = req
  const user = req.user as User
  const { admin: adminRoute } = payload.config.routes
  const language = uiLanguage(i18n.language)
  const t = labelsFor(language)
  if (!isStaffUser(req)) return <ForStaffOnly className={baseClass} message={t.forStaff} title={t.title} />

  const requested = searchParams?.locale
  const target = (Array.isArray(requested) ? requested[0] : requested) || 'th'
  const refused = refusal(user, target, t)

  let dashboard: Dashboard | null = null
  let failed = false
  if (!refused) {
    try {
      dashboard = await translationDashboard(req, target as LocaleCode)
    } catch (error) {
      payload.logger.error({ err: error, msg: 'translation dashboard failed' })
      failed = true
    }
  }

  const otherTargets = TARGETS.filter((code) => code !== target)
  const pageURL = formatAdminURL({ adminRoute, path: TRANSLATIONS_PATH })

  return (
    <StaffPage className={baseClass} props={props} title={t.title} viewType="translations">
      <header className={`${baseClass}__header`}>
        <h1>{t.title}</h1>
        <p className={`${baseClass}__intro`}>{t.intro}</p>
        {!refused && (
          <p className={`${baseClass}__language`}>
            <strong lang={target}>{t.into(localeName(target))}</strong>
            {otherTargets.length > 0 && (
              <span className={`${baseClass}__other-languages`}>
                {t.otherLanguages}{' '}
                {otherTargets.map((code) => (
                  <Link href={`${pageURL}?locale=${code}`} key={code} lang={code} prefetch={false}>
                    {localeName(code)}
                  </Link>
                ))}
              </span>
            )}
          </p>
        )}
      </header>

      {refused && (
        <p className={`${baseClass}__message`} role="alert">
          {refused}
        </p>
      )}
      {failed && (
        <p className={`${baseClass}__message ${baseClass}__message--error`} role="alert">
          {t.loadFailed}
        </p>
      )}

      {dashboard && (
        <>
          <section aria-label={t.allContent} className={`${baseClass}__totals`}>
            <h2 className={`${baseClass}__heading`}>{t.allContent}</h2>
            <Counts counts={dashboard.totals} label={t.allContent} language={language} />
          </section>

          <TranslationTools canImport={mayWrite(user)} locale={target} />

          {dashboard.collections.map((summary) => (
            <CollectionSection key={summary.collection} language={language} summary={summary} t={t} />
          ))}
        </>
      )}
    </StaffPage>
  )
}
