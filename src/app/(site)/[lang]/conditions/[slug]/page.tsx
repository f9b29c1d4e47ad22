import type { Metadata } from 'next'

import type { Condition } from '@/payload-types'
import { DocumentHeader } from '@/site/components/DocumentHeader'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { RelatedLinks } from '@/site/components/RelatedLinks'
import { RichText } from '@/site/components/RichText'
import { documentMetadata, loadDocument, siteLanguage, type View } from '@/site/page'
import { rangeText, type NumberRange } from '@/site/ranges'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  return documentMetadata('conditions', slug, siteLanguage(lang), 'name', 'summary')
}


function TextList({ view, path, items }: { view: View; path: string; items: Array<{ id?: string | null; text: string }> | null | undefined }) {
  if (!items?.length) return null
  return (
    <Localized view={view} path={path} as="div">
      <ul>
        {items.map((item, index) => (
          <li key={item.id ?? index}>{item.text}</li>
        ))}
      </ul>
    </Localized>
  )
}

export default async function ConditionPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { doc, view, preview } = await loadDocument<Condition>('conditions', slug, language, searchParams)
  const { t } = view
  const course = doc.typicalCourse
  const sessions = (range: NumberRange) => rangeText(range, t, 'conditions.sessions', 'conditions.sessionsExact')
  const acute = sessions(course?.acuteSessions)
  const chronic = sessions(course?.chronicSessions)
  return (
    <article>
      <DocumentHeader view={view} preview={preview} title={doc.name} titlePath="name" lead={doc.summary} leadPath="summary" />
      {doc.redFlags && doc.redFlags.length > 0 && (
        <section className="alert" aria-labelledby="red-flags-title">
          <h2 id="red-flags-title">{t('conditions.redFlags')}</h2>
          <TextList view={view} path="redFlags" items={doc.redFlags} />
        </section>
      )}
      <RichText view={view} path="description" value={doc.description} />
      {doc.symptoms && doc.symptoms.length > 0 && (
        <section aria-labelledby="symptoms-title">
          <h2 id="symptoms-title">{t('conditions.symptoms')}</h2>
          <TextList view={view} path="symptoms" items={doc.symptoms} />
        </section>
      )}
      {doc.commonCauses && doc.commonCauses.length > 0 && (
        <section aria-labelledby="causes-title">
          <h2 id="causes-title">{t('conditions.commonCauses')}</h2>
          <TextList view={view} path="commonCauses" items={doc.commonCauses} />
        </section>
      )}
      {course && (acute || chronic || course.reviewAfterWeeks || course.notes) && (
        <section aria-labelledby="course-title">
          <h2 id="course-title">{t('conditions.typicalCourse')}</h2>
          <dl className="facts">
            {acute && (
              <>
                <dt>{t('conditions.acute')}</dt>
                <dd>{acute}</dd>
              </>
            )}
            {chronic && (
              <>
                <dt>{t('conditions.chronic')}</dt>
                <dd>{chronic}</dd>
              </>
            )}
          </dl>
          {course.reviewAfterWeeks && <p>{t('conditions.reviewAfter', { count: course.reviewAfterWeeks })}</p>}
          {course.notes && (
            <Localized view={view} path="typicalCourse.notes" as="p">
              {course.notes}
            </Localized>
          )}
        </section>
      )}
      <RelatedLinks view={view} id="methods-title" heading={t('conditions.recommendedMethods')} collection="treatment-methods" path="recommendedMethods" items={doc.recommendedMethods} />
      <RelatedLinks view={view} id="articles-title" heading={t('conditions.relatedArticles')} collection="articles" path="relatedArticles.docs" items={doc.relatedArticles?.docs} titleField="title" />
      <MedicalFooter view={view} doc={doc} path="" />
    </article>
  )
}
