import type { Metadata } from 'next'

import { translator } from '@/i18n'
import type { TreatmentMethod } from '@/payload-types'
import { DocumentCards } from '@/site/components/DocumentCards'
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
      <DocumentCards view={view} collection="treatment-methods" docs={docs} titleField="name" textField="summary" />
    </>
  )
}
