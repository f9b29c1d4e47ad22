'use client'

import { Button, toast, useAuth, useDocumentInfo, useForm, useFormModified, useLocale, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React, { useCallback, useEffect, useId, useRef, useState } from 'react'

import { hasRole, isTranslatorOf } from '@/access/roles'
import { LOCALES, type LocaleCode } from '@/localization'
import type { ReviewEvent, User } from '@/payload-types'
import { ACTIONS, STAGE_LABELS, TRANSITIONS, type Action, type Stage } from '@/workflow/stages'
import { useApiURL } from '../shared/useApiURL'
import { labelsFor, uiLanguage, type UiLanguage } from './labels'
import './reviewControls.scss'

const baseClass = 'review-controls'
const HISTORY_SIZE = 5

type HistoryEvent = Pick<ReviewEvent, 'id' | 'locale' | 'action' | 'fromStage' | 'toStage' | 'comment' | 'createdAt'> & {
  actorName?: string | null
}
type ReviewStatus = { stages: Record<LocaleCode, Stage>; events: HistoryEvent[] }
type Problem = { errors?: { message?: string }[] }

const isLocaleCode = (code: unknown): code is LocaleCode => LOCALES.some((locale) => locale.code === code)
const localeName = (code: string): string => LOCALES.find((locale) => locale.code === code)?.label ?? code

const formatDateTime = (iso: string, language: UiLanguage): string =>
  new Intl.DateTimeFormat(language === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))

/**
 * In the sidebar of every medical document: each language's review stage, the review steps the
 * signed-in user may take for the language being edited (submit, withdraw, approve, request
 * changes), and the latest review history. The server (POST/GET /api/<collection>/:id/review)
 * decides; these buttons only offer what TRANSITIONS allows the user's roles from the current stage.
 */
export const ReviewControls: UIFieldClientComponent = () => {
  const { id, collectionSlug, lastUpdateTime } = useDocumentInfo()
  const locale = useLocale()
  const { user } = useAuth<User>()
  const api = useApiURL()
  const { i18n } = useTranslation()
  const modified = useFormModified()
  const { reset } = useForm()
  const language = uiLanguage(i18n.language)
  const t = labelsFor(language)
  const commentId = useId()

  const [status, setStatus] = useState<ReviewStatus | null>(null)
  // The server's explanation, or true when it gave none (shown in the admin language).
  const [loadError, setLoadError] = useState<string | true | null>(null)
  const [pending, setPending] = useState<Action | null>(null)
  const [commenting, setCommenting] = useState(false)
  const [comment, setComment] = useState('')
  const latestLoad = useRef(0)

  const endpoint = id !== undefined && id !== null && collectionSlug ? `${api}/${collectionSlug}/${id}/review` : null
  const editing: LocaleCode | undefined = isLocaleCode(locale?.code) ? locale.code : undefined

  const load = useCallback(async () => {
    if (!endpoint) return
    const ticket = ++latestLoad.current
    try {
      const response = await fetch(endpoint, { credentials: 'include', headers: { Accept: 'application/json' } })
      const body = (await response.json().catch(() => ({}))) as Partial<ReviewStatus> & Problem
      if (ticket !== latestLoad.current) return
      if (!response.ok || !body.stages) {
        setLoadError(body.errors?.[0]?.message ?? true)
        return
      }
      setStatus({ stages: body.stages, events: body.events ?? [] })
      setLoadError(null)
    } catch {
      if (ticket === latestLoad.current) setLoadError(true)
    }
  }, [endpoint])

  // Again after every save (autosave included): editing approved text sends that language back to draft.
  useEffect(() => {
    void load()
  }, [load, lastUpdateTime])

  /**
   * Approval writes the reviewer and the review date onto the draft. Reload the form from it, or
   * a publish from this page would send the form's old, empty review record with the approved text.
   */
  const reloadForm = async (code: LocaleCode) => {
    if (!collectionSlug || id === undefined || id === null) return
    try {
      const response = await fetch(`${api}/${collectionSlug}/${id}?draft=true&depth=0&locale=${code}`, {
        credentials: 'include',
        headers: { Accept: 'application/json' },
      })
      if (response.ok) await reset(await response.json())
    } catch {
      // The stages are right regardless; the form shows the review record after a reload.
    }
  }

  const act = async (action: Action) => {
    if (!endpoint || !editing || pending) return
    const text = comment.trim()
    if (TRANSITIONS[action].commentRequired && !text) return
    setPending(action)
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ action, locale: editing, ...(action === 'request_changes' ? { comment: text } : {}) }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; state?: { stage?: Stage } } & Problem
      if (response.ok) {
        // The server speaks English; in the Thai admin, say the same from the new stage.
        const stage = body.state?.stage ?? TRANSITIONS[action].to
        toast.success(language === 'en' && body.message ? body.message : t.done(localeName(editing), STAGE_LABELS[stage][language]))
        setCommenting(false)
        setComment('')
        // Unsaved edits stay: the next save sends this language back to draft anyway.
        if (action === 'approve' && !modified) await reloadForm(editing)
      } else {
        toast.error(body.errors?.[0]?.message ?? t.failed(response.status))
      }
    } catch {
      toast.error(t.failed(0))
    } finally {
      setPending(null)
      await load()
    }
  }

  if (!endpoint) {
    return (
      <div className={baseClass}>
        <h3 className={`${baseClass}__title`}>{t.title}</h3>
        <p className={`${baseClass}__hint`}>{t.saveFirst}</p>
      </div>
    )
  }

  const stage: Stage | undefined = editing && status ? status.stages[editing] : undefined
  const mayTake = (action: Action) =>
    hasRole(user, ...TRANSITIONS[action].roles) || (Boolean(TRANSITIONS[action].translators) && isTranslatorOf(user, editing))
  const available = stage ? ACTIONS.filter((action) => mayTake(action) && TRANSITIONS[action].from.includes(stage)) : []
  const buttons = available.filter((action) => action !== 'request_changes' || !commenting)

  return (
    <div className={baseClass}>
      <h3 className={`${baseClass}__title`}>{t.title}</h3>

      {!status && !loadError && <p className={`${baseClass}__hint`}>{t.loading}</p>}
      {loadError && (
        <div className={`${baseClass}__error`} role="alert">
          <p>{loadError === true ? t.loadFailed : loadError}</p>
          <Button buttonStyle="secondary" margin={false} onClick={() => void load()} size="small">
            {t.retry}
          </Button>
        </div>
      )}

      {status && (
        <>
          <ul aria-label={t.stagesCaption} className={`${baseClass}__stages`}>
            {LOCALES.map(({ code, label }) => {
              const current = status.stages[code] ?? 'draft'
              const isEditing = code === editing
              return (
                <li className={[`${baseClass}__stage-row`, isEditing && `${baseClass}__stage-row--editing`].filter(Boolean).join(' ')} key={code}>
                  <span className={`${baseClass}__locale`} lang={code}>
                    {label}
                    {isEditing && <span className={`${baseClass}__editing`}> · {t.editing}</span>}
                  </span>
                  <span className={`${baseClass}__stage ${baseClass}__stage--${current}`}>{STAGE_LABELS[current][language]}</span>
                </li>
              )
            })}
          </ul>

          {editing && (
            <section aria-label={t.actionsFor(localeName(editing))} className={`${baseClass}__actions`}>
              {modified && available.length > 0 && <p className={`${baseClass}__warning`}>{t.unsaved}</p>}
              {available.length === 0 && <p className={`${baseClass}__hint`}>{t.noActions}</p>}
              {buttons.length > 0 && (
                <div className={`${baseClass}__buttons`}>
                  {buttons.map((action) => (
                    <Button
                      buttonStyle={action === 'submit' || action === 'approve' ? 'primary' : 'secondary'}
                      className={`${baseClass}__button ${baseClass}__button--${action}`}
                      disabled={pending !== null}
                      key={action}
                      margin={false}
                      onClick={() => (action === 'request_changes' ? setCommenting(true) : void act(action))}
                      size="small"
                    >
                      {t.buttons[action]}
                    </Button>
                  ))}
                </div>
              )}
              {commenting && available.includes('request_changes') && (
                <div className={`${baseClass}__comment`}>
                  <label htmlFor={commentId}>{t.commentLabel}</label>
                  <textarea
                    autoFocus
                    id={commentId}
                    onChange={(event) => setComment(event.target.value)}
                    placeholder={t.commentPlaceholder}
                    rows={4}
                    value={comment}
                  />
                  <div className={`${baseClass}__buttons`}>
                    <Button
                      buttonStyle="primary"
                      className={`${baseClass}__button ${baseClass}__button--send`}
                      disabled={pending !== null || !comment.trim()}
                      margin={false}
                      onClick={() => void act('request_changes')}
                      size="small"
                    >
                      {t.sendRequest}
                    </Button>
                    <Button
                      buttonStyle="secondary"
                      disabled={pending !== null}
                      margin={false}
                      onClick={() => {
                        setCommenting(false)
                        setComment('')
                      }}
                      size="small"
                    >
                      {t.cancel}
                    </Button>
                  </div>
                </div>
              )}
            </section>
          )}

          <h4 className={`${baseClass}__subtitle`}>{t.history}</h4>
          {status.events.length === 0 ? (
            <p className={`${baseClass}__hint`}>{t.noHistory}</p>
          ) : (
            <ol className={`${baseClass}__history`}>
              {status.events.slice(0, HISTORY_SIZE).map((event) => (
                <li className={`${baseClass}__event`} key={event.id}>
                  <div className={`${baseClass}__event-head`}>
                    <strong>{t.events[event.action] ?? event.action}</strong>
                    <span className={`${baseClass}__event-locale`} lang={event.locale}>
                      {localeName(event.locale)}
                    </span>
                  </div>
                  <div className={`${baseClass}__event-stages`}>
                    {STAGE_LABELS[event.fromStage]?.[language] ?? event.fromStage} → {STAGE_LABELS[event.toStage]?.[language] ?? event.toStage}
                  </div>
                  {event.comment && <p className={`${baseClass}__event-comment`}>{event.comment}</p>}
                  <time className={`${baseClass}__event-date`} dateTime={event.createdAt}>
                    {event.actorName ? `${event.actorName} · ` : ''}
                    {formatDateTime(event.createdAt, language)}
                  </time>
                </li>
              ))}
            </ol>
          )}
        </>
      )}

      <p className={`${baseClass}__note`}>{t.publishNote}</p>
    </div>
  )
}
