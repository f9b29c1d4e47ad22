'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useId, useRef, useState } from 'react'

import { useApiURL } from '../shared/useApiURL'
import { labelsFor, type Outcome } from './labels'

const baseClass = 'translation-tools'

const OUTCOMES: Outcome[] = ['applied', 'unchanged', 'conflict', 'rejected']

/** The export buttons: what needs work, in XLIFF or JSON, and everything in XLIFF. */
const EXPORTS = [
  { format: 'xliff', statuses: 'missing,outdated', label: 'exportNeedsWorkXliff' },
  { format: 'json', statuses: 'missing,outdated', label: 'exportNeedsWorkJson' },
  { format: 'xliff', statuses: 'missing,outdated,translated', label: 'exportEverythingXliff' },
] as const

type ImportReport = {
  locale: string
  summary: Record<Outcome, number>
  documents: number
  units: { id: string; outcome: Outcome; reason?: string }[]
}
type Problem = { errors?: { message?: string }[] }

/**
 * The dashboard's file tools: export links (the API answers with a file download) and an import
 * form that posts the file to the API, shows what was and was not applied, and reloads the
 * page's data. Import is only offered to users who may write translations.
 */
export function TranslationTools({ canImport, locale }: { canImport: boolean; locale: string }) {
  const api = useApiURL()
  const { i18n } = useTranslation()
  const t = labelsFor(i18n.language).tools
  const router = useRouter()
  const inputId = useId()
  const input = useRef<HTMLInputElement>(null)

  const [fileName, setFileName] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [report, setReport] = useState<(ImportReport & { fileName: string }) | null>(null)

  const base = `${api}/translations`
  const exportURL = (format: 'xliff' | 'json', statuses: string) =>
    `${base}/export?${new URLSearchParams({ locale, format, status: statuses }).toString()}`

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = input.current?.files?.[0]
    if (!file) {
      setError(t.chooseFileFirst)
      return
    }
    setPending(true)
    setError(null)
    setReport(null)
    try {
      const form = new FormData()
      form.append('file', file)
      const response = await fetch(`${base}/import?${new URLSearchParams({ locale }).toString()}`, {
        method: 'POST',
        credentials: 'include',
        headers: { Accept: 'application/json' },
        body: form,
      })
      const body = (await response.json().catch(() => ({}))) as Partial<ImportReport> & Problem
      const problems = body.errors?.map((problem) => problem.message).filter(Boolean).join(' ') || t.importFailed(response.status)
      if (!body.summary) {
        setError(problems)
        return
      }
      // 422: every unit was refused; the report still says why, unit by unit.
      if (!response.ok) setError(problems)
      setReport({ locale: body.locale ?? locale, summary: body.summary, documents: body.documents ?? 0, units: body.units ?? [], fileName: file.name })
      if (input.current) input.current.value = ''
      setFileName(null)
      // The counts and lists above come from the server: render them again.
      router.refresh()
    } catch {
      setError(t.importFailed(0))
    } finally {
      setPending(false)
    }
  }

  const notApplied = report?.units.filter((unit) => unit.outcome !== 'applied') ?? []

  return (
    <section className={baseClass}>
      <div className={`${baseClass}__group`}>
        <h2 className={`${baseClass}__heading`}>{t.exportHeading}</h2>
        <p className={`${baseClass}__hint`}>{t.exportHint}</p>
        <div className={`${baseClass}__buttons`}>
          {EXPORTS.map(({ format, statuses, label }) => (
            <Button
              buttonStyle="secondary"
              className={`${baseClass}__export`}
              el="anchor"
              extraButtonProps={{ download: '', type: undefined }}
              key={label}
              margin={false}
              size="small"
              url={exportURL(format, statuses)}
            >
              {t[label]}
            </Button>
          ))}
        </div>
      </div>

      {canImport && (
        <form className={`${baseClass}__group`} onSubmit={(event) => void submit(event)}>
          <h2 className={`${baseClass}__heading`}>{t.importHeading}</h2>
          <p className={`${baseClass}__hint`}>{t.importHint}</p>
          <div className={`${baseClass}__import`}>
            <label className={`${baseClass}__file-label`} htmlFor={inputId}>
              {t.fileLabel}
            </label>
            <input
              accept=".xlf,.xliff,.json,application/json,application/xliff+xml"
              className={`${baseClass}__file`}
              disabled={pending}
              id={inputId}
              name="file"
              onChange={(event) => {
                setFileName(event.target.files?.[0]?.name ?? null)
                setError(null)
              }}
              ref={input}
              type="file"
            />
            <Button buttonStyle="primary" className={`${baseClass}__import-button`} disabled={pending || !fileName} margin={false} size="small" type="submit">
              {pending ? t.importing : t.importButton}
            </Button>
          </div>
          {error && (
            <p className={`${baseClass}__error`} role="alert">
              {error}
            </p>
          )}
        </form>
      )}

      {report && (
        <div aria-live="polite" className={`${baseClass}__report`} role="status">
          <h3 className={`${baseClass}__report-heading`}>{t.reportHeading(report.fileName)}</h3>
          <ul className={`${baseClass}__summary`}>
            {OUTCOMES.map((outcome) => (
              <li className={`${baseClass}__outcome ${baseClass}__outcome--${outcome}`} key={outcome}>
                <strong>{report.summary[outcome] ?? 0}</strong> {t.outcomes[outcome]}
              </li>
            ))}
            <li className={`${baseClass}__outcome`}>{t.documents(report.documents)}</li>
          </ul>
          {notApplied.length === 0 ? (
            <p className={`${baseClass}__hint`}>{t.allApplied}</p>
          ) : (
            <div className={`${baseClass}__table-wrap`}>
              <table className={`${baseClass}__table`}>
                <caption className={`${baseClass}__caption`}>{t.notApplied}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.unitColumns.unit}</th>
                    <th scope="col">{t.unitColumns.outcome}</th>
                    <th scope="col">{t.unitColumns.reason}</th>
                  </tr>
                </thead>
                <tbody>
                  {notApplied.map((unit, index) => (
                    <tr key={`${unit.id}-${index}`}>
                      <td>
                        <code>{unit.id}</code>
                      </td>
                      <td>
                        <span className={`${baseClass}__badge ${baseClass}__badge--${unit.outcome}`}>{t.outcomes[unit.outcome] ?? unit.outcome}</span>
                      </td>
                      <td>{unit.reason ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  )
}
