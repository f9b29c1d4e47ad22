import type { Metadata } from 'next'

import type { Condition } from '@/payload-types'
import { DocumentCards } from '@/site/components/DocumentCards'
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
      <DocumentCards view={view} collection="conditions" docs={docs} titleField="name" textField="summary" />
    </>
  )
}
