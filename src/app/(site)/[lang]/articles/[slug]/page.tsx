import type { Metadata } from 'next'

import type { Article, Condition, Media, TreatmentMethod } from '@/payload-types'
import { readLocalized } from '@/site/cms'
import { DocumentHeader } from '@/site/components/DocumentHeader'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { RichText } from '@/site/components/RichText'
import { formatDate } from '@/site/format'
import { loadDocument, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { data } = await readLocalized<{ docs: Article[] }>('/articles', { 'where[slug][equals]': slug, limit: 1, depth: 0, 'select[title]': true, 'select[excerpt]': true, 'select[seo]': true }, language)
  const article = data.docs[0]
  return pageMetadata(language, `/articles/${slug}`, article?.seo?.title || article?.title, article?.seo?.description || article?.excerpt)
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { doc, view, preview } = await loadDocument<Article>('articles', slug, language, searchParams)
  const { t } = view
  const hero = typeof doc.heroImage === 'object' && doc.heroImage ? (doc.heroImage as Media) : undefined
  const related = [
    ...(doc.conditions ?? []).filter((item): item is Condition => typeof item === 'object').map((item) => ({ href: `/conditions/${item.slug}`, name: item.name, key: `c${item.id}` })),
    ...(doc.treatmentMethods ?? []).filter((item): item is TreatmentMethod => typeof item === 'object').map((item) => ({ href: `/treatment-methods/${item.slug}`, name: item.name, key: `m${item.id}` })),
  ]
  return (
    <article>
      <DocumentHeader view={view} preview={preview} title={doc.title} titlePath="title" />
      <p className="meta">
        {doc.publishedAt && (
          <>
            {t('articles.publishedOn')} <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt, language, view.timeZone)}</time>
          </>
        )}
        {doc.publishedAt && doc.readingTimeMinutes ? ' · ' : ''}
        {doc.readingTimeMinutes ? t('articles.readingTime', { count: doc.readingTimeMinutes }) : ''}
      </p>
      {doc.excerpt && (
        <Localized view={view} path="excerpt" as="p" className="lead">
          {doc.excerpt}
        </Localized>
      )}
      {hero?.url && (
        <figure>
          {/* eslint-disable-next-line @next/next/no-img-element -- images come from the CMS's own media URLs */}
          <img src={hero.sizes?.hero?.url || hero.url} alt={hero.alt ?? ''} width={hero.sizes?.hero?.width ?? hero.width ?? undefined} height={hero.sizes?.hero?.height ?? hero.height ?? undefined} />
          {hero.caption && <figcaption>{hero.caption}</figcaption>}
        </figure>
      )}
      <RichText view={view} path="body" value={doc.body} />
      {related.length > 0 && (
        <section aria-labelledby="about-title">
          <h2 id="about-title">{t('articles.about')}</h2>
          <ul>
            {related.map((item) => (
              <li key={item.key}>
                <a href={view.href(item.href)}>{item.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <MedicalFooter view={view} doc={doc} path="" />
    </article>
  )
}
