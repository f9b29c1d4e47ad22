import type { Metadata } from 'next'

import type { Condition } from '@/payload-types'
import { Localized } from '@/site/components/Localized'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { translator } from '@/i18n'
import { loadList, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const t = translator(language, 'site')
  return pageMetadata(language, '/conditions', t('conditions.title'), t('conditions.intro'))
}

export default async function ConditionsPage({ params, searchParams }: Props) {
  const language = siteLanguage((await params).lang)
  const { docs, view, preview } = await loadList<Condition>('conditions', language, searchParams, { sort: 'slug', 'select[name]': true, 'select[slug]': true, 'select[summary]': true })
  const { t } = view
  return (
    <>
      <PreviewBanner view={view} preview={preview} />
      <h1>{t('conditions.title')}</h1>
      <p className="lead">{t('conditions.intro')}</p>
      {docs.length === 0 && <p>{t('empty')}</p>}
      <ul className="card-list">
        {docs.map((condition, index) => (
          <li key={condition.id} className="card">
            <a href={view.href(`/conditions/${condition.slug}`)}>
              <Localized view={view} path={`docs.${index}.name`}>
                {condition.name}
              </Localized>
            </a>
            {condition.summary && (
              <Localized view={view} path={`docs.${index}.summary`} as="p">
                {condition.summary}
              </Localized>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
