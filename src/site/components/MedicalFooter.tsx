import { formatDate } from '../format'
import type { View } from '../page'
import { Localized } from './Localized'

type Reference = { id?: string | null; title: string; publisher?: string | null; year?: number | null; url?: string | null }

export type MedicalDoc = {
  references?: Reference[] | null
  medicalReview?: { reviewerName?: string | null; lastReviewedAt?: string | null } | null
  disclaimer?: string | null
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key)

/** What every medical page carries: who reviewed it and when, its references, its disclaimer. */
export function MedicalFooter({ view, doc, path }: { view: View; doc: MedicalDoc; path: string }) {
  const { t } = view
  const review = doc.medicalReview
  const references = doc.references ?? []
  return (
    <footer className="medical-footer">
      {(review?.reviewerName || review?.lastReviewedAt) && (
        <p className="review-line">
          {review.reviewerName && <span>{t('review.reviewedBy', { name: review.reviewerName })}</span>}
          {review.reviewerName && review.lastReviewedAt && ' · '}
          {review.lastReviewedAt && (
            <span>
              {t('review.lastReviewed')}{' '}
              <time dateTime={review.lastReviewedAt}>{formatDate(review.lastReviewedAt, view.language, view.timeZone)}</time>
            </span>
          )}
        </p>
      )}
      {references.length > 0 && (
        <section aria-labelledby="references-title">
          <h2 id="references-title">{t('review.references')}</h2>
          <ol className="references">
            {references.map((reference, index) => (
              <Localized key={reference.id ?? index} view={view} path={join(path, `references.${index}`)} as="li">
                {reference.url ? (
                  <a href={reference.url} rel="noopener noreferrer">
                    {reference.title}
                  </a>
                ) : (
                  reference.title
                )}
                {[reference.publisher, reference.year].filter(Boolean).length > 0 && <span className="muted">. {[reference.publisher, reference.year].filter(Boolean).join(', ')}</span>}
              </Localized>
            ))}
          </ol>
        </section>
      )}
      {doc.disclaimer && (
        <aside className="disclaimer" aria-label={t('review.disclaimer')}>
          <strong>{t('review.disclaimer')}: </strong>
          <Localized view={view} path={join(path, 'disclaimer')}>
            {doc.disclaimer}
          </Localized>
        </aside>
      )}
    </footer>
  )
}
