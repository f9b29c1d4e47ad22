import type { Metadata } from 'next'

import { translator } from '@/i18n'
import type { Article } from '@/payload-types'
import { DocumentCards } from '@/site/components/DocumentCards'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { formatDate } from '@/site/format'
import { loadList, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const t = translator(language, 'site')
  return pageMetadata(language, '/articles', t('articles.title'), t('articles.intro'))
}

export default async function ArticlesPage({ params, searchParams }: Props) {
  const language = siteLanguage((await params).lang)
  const { docs, view, preview } = await loadList<Article>('articles', language, searchParams, {
    sort: '-publishedAt',
    'select[title]': true,
    'select[slug]': true,
    'select[excerpt]': true,
    'select[publishedAt]': true,
    'select[readingTimeMinutes]': true,
  })
  const { t } = view
  return (
    <>
      <PreviewBanner view={view} preview={preview} />
      <h1>{t('articles.title')}</h1>
      <p className="lead">{t('articles.intro')}</p>
      <DocumentCards
        view={view}
        collection="articles"
        docs={docs}
        titleField="title"
        textField="excerpt"
        extra={(article) => (
          <p className="meta">
            {article.publishedAt && (
              <>
                {t('articles.publishedOn')} <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, language, view.timeZone)}</time>
              </>
            )}
            {article.publishedAt && article.readingTimeMinutes ? ' · ' : ''}
            {article.readingTimeMinutes ? t('articles.readingTime', { count: article.readingTimeMinutes }) : ''}
          </p>
        )}
      />
    </>
  )
}
