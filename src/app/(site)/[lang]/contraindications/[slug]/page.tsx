import type { Metadata } from 'next'

import type { Contraindication } from '@/payload-types'
import { DocumentHeader } from '@/site/components/DocumentHeader'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { RelatedLinks } from '@/site/components/RelatedLinks'
import { documentMetadata, loadDocument, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  return documentMetadata('contraindications', slug, siteLanguage(lang), 'name', 'description')
}

export default async function ContraindicationPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { doc, view, preview } = await loadDocument<Contraindication>('contraindications', slug, language, searchParams)
  const { t } = view
  return (
    <article>
      <DocumentHeader view={view} preview={preview} title={doc.name} titlePath="name" />
      <p>
        <span className={`severity ${doc.severity}`}>{t(`contraindications.${doc.severity}`)}</span>
      </p>
      {doc.description && (
        <Localized view={view} path="description" as="p" className="lead">
          {doc.description}
        </Localized>
      )}
      {doc.whoItConcerns && (
        <section aria-labelledby="who-title">
          <h2 id="who-title">{t('contraindications.whoItConcerns')}</h2>
          <Localized view={view} path="whoItConcerns" as="p">
            {doc.whoItConcerns}
          </Localized>
        </section>
      )}
      {doc.advice && (
        <section className={`alert ${doc.severity === 'absolute' ? '' : 'caution'}`} aria-labelledby="advice-title">
          <h2 id="advice-title">{t('contraindications.advice')}</h2>
          <Localized view={view} path="advice" as="p">
            {doc.advice}
          </Localized>
        </section>
      )}
      <RelatedLinks view={view} id="methods-title" heading={t('contraindications.methods')} collection="treatment-methods" path="treatmentMethods.docs" items={doc.treatmentMethods?.docs} />
      <MedicalFooter view={view} doc={doc} path="" />
    </article>
  )
}
