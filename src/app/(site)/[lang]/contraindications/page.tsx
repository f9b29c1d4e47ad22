import type { Metadata } from 'next'

import { translator } from '@/i18n'
import type { Contraindication } from '@/payload-types'
import { DocumentCards } from '@/site/components/DocumentCards'
import { Localized } from '@/site/components/Localized'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { loadList, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang)
  const t = translator(language, 'site')
  return pageMetadata(language, '/contraindications', t('contraindications.title'), t('contraindications.intro'))
}

/** Absolute contraindications first: they are the ones that rule a treatment out. */
export default async function ContraindicationsPage({ params, searchParams }: Props) {
  const language = siteLanguage((await params).lang)
  const { docs, view, preview } = await loadList<Contraindication>('contraindications', language, searchParams, { sort: 'severity,slug' })
  const { t } = view
  return (
    <>
      <PreviewBanner view={view} preview={preview} />
      <h1>{t('contraindications.title')}</h1>
      <p className="lead">{t('contraindications.intro')}</p>
      <DocumentCards
        view={view}
        collection="contraindications"
        docs={docs}
        titleField="name"
        textField="summary"
        extra={(item, index) => (
          <>
            <p>
              <span className={`severity ${item.severity}`}>{t(`contraindications.${item.severity}`)}</span>
            </p>
            {item.advice && (
              <p className={`alert ${item.severity === 'absolute' ? '' : 'caution'}`}>
                <strong>{t('contraindications.advice')}: </strong>
                <Localized view={view} path={`docs.${index}.advice`}>
                  {item.advice}
                </Localized>
              </p>
            )}
          </>
        )}
      />
    </>
  )
}
