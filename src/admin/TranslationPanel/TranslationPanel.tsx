'use client'

import { Button, Link, toast, useAuth, useConfig, useDocumentInfo, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import { usePathname, useSearchParams } from 'next/navigation'
import type { UIFieldClientComponent } from 'payload'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { hasRole } from '@/access/roles'
import { DEFAULT_LOCALE, LOCALES } from '@/localization'
import type { User } from '@/payload-types'
import { TRANSLATION_STATUS_LABELS, type TranslationStatus } from '@/translation/status'
import type { FieldDetail } from '@/translation/tracker'
import { useApiURL } from '../shared/useApiURL'
import { TRANSLATIONS_PATH } from '../Translations/labels'
import { labelsFor, uiLanguage, type TranslationPanelLabels, type UiLanguage } from './labels'
import { wordDiff } from './wordDiff'
import './translationPanel.scss'

const baseClass = 'translation-panel'

/** What GET /api/translations/<collection>/<id>?locale= answers (without the raw values). */
type FieldInfo = Omit<FieldDetail, 'source' | 'targetValue'>
type Detail = { status: TranslationStatus; total: number; translated: number; outdated: number; missing: number; fields: FieldInfo[] }
type Problem = { errors?: { message?: string }[] }
/** Per target language: the detail, or the server's explanation (true when it gave none). */
type Loaded = Record<string, { detail: Detail; error?: undefined } | { detail?: undefined; error: string | true }>

const TARGETS: string[] = LOCALES.map(({ code }) => code).filter((code) => code !== DEFAULT_LOCALE)
const localeName = (code: string): string => LOCALES.find((locale) => locale.code === code)?.label ?? code

/** Old and new English side by side, the removed words struck out in the old, the added marked in the new. */
function SourceDiff({ after, before, t }: { after: string; before: string; t: TranslationPanelLabels }) {
  const parts = wordDiff(before, after)
  return (
    <div className={`${baseClass}__diff`}>
      <DiffSide side="then" label={t.englishThen} text={before} parts={parts} empty={t.empty} />
      <DiffSide side="now" label={t.englishNow} text={after} parts={parts} empty={t.empty} />
    </div>
  )
}

/** One side of the diff: the old English shows what was deleted, the new English what was inserted. */
function DiffSide({ side, label, text, parts, empty }: { side: 'then' | 'now'; label: string; text: string; parts: ReturnType<typeof wordDiff>; empty: string }) {
  const [hidden, marked, Mark] = side === 'then' ? (['insert', 'delete', 'del'] as const) : (['delete', 'insert', 'ins'] as const)
  return (
    <div className={`${baseClass}__source ${baseClass}__source--${side}`}>
      <span className={`${baseClass}__source-label`}>{label}</span>
      <p lang="en">
        {text
          ? parts.map((part, index) =>
              part.type === hidden ? null : part.type === marked ? (
                <Mark className={`${baseClass}__${Mark}`} key={index}>
                  {part.text}
                </Mark>
              ) : (
                <React.Fragment key={index}>{part.text}</React.Fragment>
              ),
            )
          : empty}
      </p>
    </div>
  )
}

function StatusPill({ language, status }: { language: UiLanguage; status: TranslationStatus }) {
  return <span className={`${baseClass}__status ${baseClass}__status--${status}`}>{TRANSLATION_STATUS_LABELS[status][language]}</span>
}

/**
 * In the sidebar of every medical document. Editing a translation (Thai): the document's
 * translation status and, field by field, its status beside the English it translates; for a
 * field whose English changed since it was translated, the old and new English with the changed
 * words marked, and "Still correct" to keep the translation as it is. Editing English: one line
 * per language with a link to edit in it. Data: GET /api/translations/<collection>/<id>.
 */
export const TranslationPanel: UIFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { user } = useAuth<User>()
  const {
    config: {
      routes: { admin: adminRoute },
    },
  } = useConfig()
  const api = useApiURL()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const language = uiLanguage(i18n.language)
  const t = labelsFor(language)

  const editing = locale?.code
  const fromEnglish = editing === DEFAULT_LOCALE
  const targetsKey = (fromEnglish ? TARGETS : editing ? [editing] : []).join(',')

  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [pending, setPending] = useState<string | null>(null)
  const latestLoad = useRef(0)

  const base = id !== undefined && id !== null && collectionSlug ? `${api}/translations/${collectionSlug}/${id}` : null
  // Medical reviewers read translations; editors, translators and admins write them.
  const mayConfirm = hasRole(user, 'admin', 'editor', 'translator')

  const load = useCallback(async () => {
    if (!base || !targetsKey) return
    const ticket = ++latestLoad.current
    const entries = await Promise.all(
      targetsKey.split(',').map(async (code): Promise<[string, Loaded[string]]> => {
        try {
          const response = await fetch(`${base}?locale=${encodeURIComponent(code)}`, { credentials: 'include', headers: { Accept: 'application/json' } })
          const body = (await response.json().catch(() => ({}))) as Partial<Detail> & Problem
          if (!response.ok || !Array.isArray(body.fields)) return [code, { error: body.errors?.[0]?.message ?? true }]
          return [code, { detail: body as Detail }]
        } catch {
          return [code, { error: true }]
        }
      }),
    )
    if (ticket === latestLoad.current) setLoaded(Object.fromEntries(entries))
  }, [base, targetsKey])

  // Again after every save (autosave included) and when the language being edited changes.
  useEffect(() => {
    setLoaded(null)
  }, [base, targetsKey])
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  const confirm = async (code: string, field: FieldInfo) => {
    if (!base || pending) return
    setPending(field.path)
    try {
      const response = await fetch(`${base}/confirm`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ locale: code, paths: [field.path] }),
      })
      const body = (await response.json().catch(() => ({}))) as Problem
      if (response.ok) toast.success(t.confirmed(field.label))
      else toast.error(body.errors?.[0]?.message ?? t.confirmFailed(response.status))
    } catch {
      toast.error(t.confirmFailed(0))
    } finally {
      setPending(null)
      await load()
    }
  }

  const localeURL = (code: string) => {
    const params = new URLSearchParams(searchParams?.toString() ?? '')
    params.set('locale', code)
    return `${pathname}?${params.toString()}`
  }

  if (!editing) return null

  if (!base) {
    return (
      <div className={baseClass}>
        <h3 className={`${baseClass}__title`}>{fromEnglish ? t.titleFromEnglish : t.title(localeName(editing))}</h3>
        <p className={`${baseClass}__hint`}>{t.saveFirst}</p>
      </div>
    )
  }

  const errorBlock = (error: string | true) => (
    <div className={`${baseClass}__error`} role="alert">
      <p>{error === true ? t.loadFailed : error}</p>
      <Button buttonStyle="secondary" margin={false} onClick={() => void load()} size="small">
        {t.retry}
      </Button>
    </div>
  )

  if (fromEnglish) {
    return (
      <div className={`${baseClass} ${baseClass}--summary`}>
        <h3 className={`${baseClass}__title`}>{t.titleFromEnglish}</h3>
        {!loaded && <p className={`${baseClass}__hint`}>{t.loading}</p>}
        {loaded &&
          TARGETS.map((code) => {
            const entry = loaded[code]
            if (!entry) return null
            if (entry.error !== undefined) return <React.Fragment key={code}>{errorBlock(entry.error)}</React.Fragment>
            const { detail } = entry
            return (
              <p className={`${baseClass}__summary-line`} key={code}>
                <span lang={language}>
                  {t.englishSummary(localeName(code), TRANSLATION_STATUS_LABELS[detail.status][language], detail.translated, detail.total, detail.outdated)}
                </span>{' '}
                <Link className={`${baseClass}__switch`} href={localeURL(code)} prefetch={false}>
                  {t.switchTo(localeName(code))} →
                </Link>
              </p>
            )
          })}
      </div>
    )
  }

  const entry = loaded?.[editing]
  const detail = entry?.detail

  return (
    <div className={baseClass}>
      <h3 className={`${baseClass}__title`}>{t.title(localeName(editing))}</h3>
      {!entry && <p className={`${baseClass}__hint`}>{t.loading}</p>}
      {entry?.error !== undefined && errorBlock(entry.error)}

      {detail && (
        <>
          <div className={`${baseClass}__overview`}>
            <StatusPill language={language} status={detail.status} />
            <span className={`${baseClass}__progress`}>
              {detail.total === 0 ? t.noFields : t.progress(detail.translated, detail.total)}
              {detail.outdated > 0 && ` · ${t.outdatedCount(detail.outdated)}`}
            </span>
          </div>
          {detail.total > 0 && (
            <meter aria-hidden="true" className={`${baseClass}__meter`} max={detail.total} min={0} value={detail.translated} />
          )}
          {modified && <p className={`${baseClass}__warning`}>{t.asOfSave}</p>}

          {detail.fields.length > 0 && (
            <ul aria-label={t.fields} className={`${baseClass}__fields`}>
              {detail.fields.map((field) => (
                <li className={`${baseClass}__field ${baseClass}__field--${field.status}`} key={field.path}>
                  <details open={field.status !== 'translated'}>
                    <summary className={`${baseClass}__field-head`}>
                      <span className={`${baseClass}__field-label`} title={field.path}>
                        {field.label}
                      </span>
                      <StatusPill language={language} status={field.status} />
                    </summary>
                    {field.status === 'outdated' ? (
                      <>
                        <SourceDiff after={field.sourceNow} before={field.sourceThen ?? ''} t={t} />
                        {mayConfirm && (
                          <div className={`${baseClass}__confirm`}>
                            <Button
                              buttonStyle="secondary"
                              className={`${baseClass}__still-correct`}
                              disabled={pending !== null}
                              margin={false}
                              onClick={() => void confirm(editing, field)}
                              size="small"
                              tooltip={t.stillCorrectHint}
                            >
                              {t.stillCorrect}
                            </Button>
                          </div>
                        )}
                      </>
                    ) : (
                      <div className={`${baseClass}__source`}>
                        <span className={`${baseClass}__source-label`}>{t.english}</span>
                        <p lang="en">{field.sourceNow || t.empty}</p>
                      </div>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      <Link className={`${baseClass}__dashboard`} href={`${formatAdminURL({ adminRoute, path: TRANSLATIONS_PATH })}?locale=${editing}`} prefetch={false}>
        {t.dashboard} →
      </Link>
    </div>
  )
}
