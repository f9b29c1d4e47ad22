import type { Metadata } from 'next'

import { translator } from '@/i18n'
import type { TreatmentMethod } from '@/payload-types'
import { Localized } from '@/site/components/Localized'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { loadList, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const t = translator(language, 'site')
  return pageMetadata(language, '/treatment-methods', t('methods.title'), t('methods.intro'))
}

export default async function TreatmentMethodsPage({ params, searchParams }: Props) {
  const language = siteLanguage((await params).lang)
  const { docs, view, preview } = await loadList<TreatmentMethod>('treatment-methods', language, searchParams, { sort: 'slug', 'select[name]': true, 'select[slug]': true, 'select[summary]': true })
  const { t } = view
  return (
    <>
      <PreviewBanner view={view} preview={preview} />
      <h1>{t('methods.title')}</h1>
      <p className="lead">{t('methods.intro')}</p>
      {docs.length === 0 && <p>{t('empty')}</p>}
      <ul className="card-list">
        {docs.map((method, index) => (
          <li key={method.id} className="card">
            <a href={view.href(`/treatment-methods/${method.slug}`)}>
              <Localized view={view} path={`docs.${index}.name`}>
                {method.name}
              </Localized>
            </a>
            {method.summary && (
              <Localized view={view} path={`docs.${index}.summary`} as="p">
                {method.summary}
              </Localized>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
