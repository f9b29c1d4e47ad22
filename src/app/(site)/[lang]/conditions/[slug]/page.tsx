import type { Metadata } from 'next'

import type { Article, Condition, TreatmentMethod } from '@/payload-types'
import { readLocalized } from '@/site/cms'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { RichText } from '@/site/components/RichText'
import { loadDocument, pageMetadata, siteLanguage, type View } from '@/site/page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { data } = await readLocalized<{ docs: Condition[] }>('/conditions', { 'where[slug][equals]': slug, limit: 1, depth: 0, 'select[name]': true, 'select[summary]': true }, language)
  return pageMetadata(language, `/conditions/${slug}`, data.docs[0]?.name, data.docs[0]?.summary)
}

const published = <T extends object>(items: Array<number | T> | null | undefined): T[] => (items ?? []).filter((item): item is T => typeof item === 'object')

function Sessions({ view, range }: { view: View; range?: { min?: number | null; max?: number | null } | null }) {
  if (!range?.min && !range?.max) return null
  const { min, max } = range
  return <>{min && max && min !== max ? view.t('conditions.sessions', { min, max }) : view.t('conditions.sessionsExact', { count: (min ?? max)! })}</>
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
  const methods = published<TreatmentMethod>(doc.recommendedMethods)
  const articles = published<Article>(doc.relatedArticles?.docs)
  return (
    <article>
      <PreviewBanner view={view} preview={preview} />
      <Localized view={view} path="name" as="h1">
        {doc.name}
      </Localized>
      {doc.summary && (
        <Localized view={view} path="summary" as="p" className="lead">
          {doc.summary}
        </Localized>
      )}
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
      {course && (course.acuteSessions?.min || course.chronicSessions?.min || course.reviewAfterWeeks || course.notes) && (
        <section aria-labelledby="course-title">
          <h2 id="course-title">{t('conditions.typicalCourse')}</h2>
          <dl className="facts">
            {(course.acuteSessions?.min || course.acuteSessions?.max) && (
              <>
                <dt>{t('conditions.acute')}</dt>
                <dd>
                  <Sessions view={view} range={course.acuteSessions} />
                </dd>
              </>
            )}
            {(course.chronicSessions?.min || course.chronicSessions?.max) && (
              <>
                <dt>{t('conditions.chronic')}</dt>
                <dd>
                  <Sessions view={view} range={course.chronicSessions} />
                </dd>
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
      {methods.length > 0 && (
        <section aria-labelledby="methods-title">
          <h2 id="methods-title">{t('conditions.recommendedMethods')}</h2>
          <ul>
            {methods.map((method) => (
              <li key={method.id}>
                <a href={view.href(`/treatment-methods/${method.slug}`)}>
                  <Localized view={view} path={`recommendedMethods.${(doc.recommendedMethods ?? []).indexOf(method)}.name`}>
                    {method.name}
                  </Localized>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="articles-title">
          <h2 id="articles-title">{t('conditions.relatedArticles')}</h2>
          <ul>
            {articles.map((article) => (
              <li key={article.id}>
                <a href={view.href(`/articles/${article.slug}`)}>
                  <Localized view={view} path={`relatedArticles.docs.${(doc.relatedArticles?.docs ?? []).indexOf(article)}.title`}>
                    {article.title}
                  </Localized>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MedicalFooter view={view} doc={doc} path="" />
    </article>
  )
}
