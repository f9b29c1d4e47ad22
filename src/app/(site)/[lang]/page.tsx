import type { Metadata } from 'next'

import type { Article } from '@/payload-types'
import { readLocalized, type PageOf } from '@/site/cms'
import { Contact } from '@/site/components/Contact'
import { Localized } from '@/site/components/Localized'
import { OpeningHours } from '@/site/components/OpeningHours'
import { DEFAULT_TIME_ZONE } from '@/site/openingHours'
import { loadClinicProfile, makeView, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const { data: profile } = await loadClinicProfile(language)
  return { ...pageMetadata(language, '/', null, profile.description ?? profile.tagline), title: { absolute: profile.name ?? '' } }
}

export default async function HomePage({ params }: Props) {
  const language = siteLanguage((await params).lang)
  const [{ data: profile, englishOnly }, articles] = await Promise.all([
    loadClinicProfile(language),
    readLocalized<PageOf<Article>>('/articles', { sort: '-publishedAt', limit: 3, depth: 0, 'select[title]': true, 'select[slug]': true, 'select[excerpt]': true }, language),
  ])
  const view = makeView(language, englishOnly, profile.timeZone || DEFAULT_TIME_ZONE)
  const articlesView = makeView(language, articles.englishOnly, view.timeZone)
  const { t } = view
  const sections = [
    ['/conditions', 'nav.conditions', 'conditions.intro'],
    ['/treatment-methods', 'nav.treatmentMethods', 'methods.intro'],
    ['/contraindications', 'nav.contraindications', 'contraindications.intro'],
    ['/articles', 'nav.articles', 'articles.intro'],
  ] as const
  return (
    <>
      <Localized view={view} path="name" as="h1">
        {profile.name}
      </Localized>
      {profile.tagline && (
        <Localized view={view} path="tagline" as="p" className="lead">
          {profile.tagline}
        </Localized>
      )}
      {profile.description && (
        <Localized view={view} path="description" as="p">
          {profile.description}
        </Localized>
      )}
      <div className="grid">
        <OpeningHours view={view} profile={profile} />
        <Contact view={view} profile={profile} />
      </div>
      <h2>{t('home.explore')}</h2>
      <p>{t('home.intro')}</p>
      <ul className="grid card-list">
        {sections.map(([path, title, intro]) => (
          <li key={path} className="card">
            <a href={view.href(path)}>{t(title)}</a>
            <p>{t(intro)}</p>
          </li>
        ))}
      </ul>
      {articles.data.docs.length > 0 && (
        <section aria-labelledby="latest-title">
          <h2 id="latest-title">{t('home.latestArticles')}</h2>
          <ul className="card-list">
            {articles.data.docs.map((article, index) => (
              <li key={article.id}>
                <a href={view.href(`/articles/${article.slug}`)}>
                  <Localized view={articlesView} path={`docs.${index}.title`}>
                    {article.title}
                  </Localized>
                </a>
                {article.excerpt && (
                  <Localized view={articlesView} path={`docs.${index}.excerpt`} as="p">
                    {article.excerpt}
                  </Localized>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
