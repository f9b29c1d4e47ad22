'use client'

import type { MedicalDocument } from '@/kiosk/types'
import { formatDate } from '@/site/format'

import { Text } from './Localized'
import { useView } from './view'

/** What every medical text carries for patients: who reviewed it and when, its sources, its disclaimer. */
export function MedicalFooter({ doc, disclaimer = true }: { doc: MedicalDocument; disclaimer?: boolean }) {
  const { t, lang, timeZone } = useView()
  const review = doc.medicalReview
  const date = review?.lastReviewedAt ? formatDate(review.lastReviewedAt, lang, timeZone) : undefined
  const references = (doc.references ?? []).filter((reference) => reference.title)
  return (
    <footer className="k-medical">
      {disclaimer && doc.disclaimer && (
        <section className="k-disclaimer" aria-label={t('review.disclaimer')}>
          <Text as="p" value={doc.disclaimer} />
        </section>
      )}
      {date && (
        <p className="k-review">
          {review?.reviewerName ? t('review.reviewedByOn', { name: review.reviewerName, date }) : t('review.reviewedOn', { date })}
        </p>
      )}
      {references.length > 0 && (
        <section className="k-references">
          <h2>{t('review.references')}</h2>
          {/* Titles and publishers are not localized: they are shown as the sources name themselves. */}
          <ol>
            {references.map((reference, index) => (
              <li key={reference.id ?? index}>
                <span className="k-reference-title">{reference.title}</span>
                {reference.publisher && <>. {reference.publisher}</>}
                {reference.year && <> ({reference.year})</>}
                {reference.url && (
                  <>
                    {' '}
                    <span className="k-url">{reference.url}</span>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </footer>
  )
}
