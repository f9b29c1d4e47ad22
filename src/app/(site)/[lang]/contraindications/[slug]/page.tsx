import type { Metadata } from 'next'

import type { Contraindication, TreatmentMethod } from '@/payload-types'
import { readLocalized } from '@/site/cms'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { loadDocument, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { data } = await readLocalized<{ docs: Contraindication[] }>('/contraindications', { 'where[slug][equals]': slug, limit: 1, depth: 0, 'select[name]': true, 'select[description]': true }, language)
  return pageMetadata(language, `/contraindications/${slug}`, data.docs[0]?.name, data.docs[0]?.description)
}

export default async function ContraindicationPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { doc, view, preview } = await loadDocument<Contraindication>('contraindications', slug, language, searchParams)
  const { t } = view
  const methods = (doc.treatmentMethods?.docs ?? [])
    .map((item, index) => ({ item, index }))
    .filter((entry): entry is { item: TreatmentMethod; index: number } => typeof entry.item === 'object')
  return (
    <article>
      <PreviewBanner view={view} preview={preview} />
      <Localized view={view} path="name" as="h1">
        {doc.name}
      </Localized>
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
      {methods.length > 0 && (
        <section aria-labelledby="methods-title">
          <h2 id="methods-title">{t('contraindications.methods')}</h2>
          <ul>
            {methods.map(({ item, index }) => (
              <li key={item.id}>
                <a href={view.href(`/treatment-methods/${item.slug}`)}>
                  <Localized view={view} path={`treatmentMethods.docs.${index}.name`}>
                    {item.name}
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
