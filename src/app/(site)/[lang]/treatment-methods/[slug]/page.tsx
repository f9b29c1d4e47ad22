import type { Metadata } from 'next'

import type { Contraindication, TreatmentMethod } from '@/payload-types'
import { DocumentHeader } from '@/site/components/DocumentHeader'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { RelatedLinks } from '@/site/components/RelatedLinks'
import { RichText } from '@/site/components/RichText'
import { documentMetadata, loadDocument, siteLanguage } from '@/site/page'
import { rangeText } from '@/site/ranges'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  return documentMetadata('treatment-methods', slug, siteLanguage(lang), 'name', 'summary')
}

export default async function TreatmentMethodPage({ params, searchParams }: Props) {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { doc, view, preview } = await loadDocument<TreatmentMethod>('treatment-methods', slug, language, searchParams)
  const { t } = view
  // Unpublished related documents come back as bare ids: leave them out.
  const indexed = <T extends object>(items: Array<number | T> | null | undefined) =>
    (items ?? []).map((item, index) => ({ item, index })).filter((entry): entry is { item: T; index: number } => typeof entry.item === 'object')
  const contraindications = indexed<Contraindication>(doc.contraindications)
  const sessionLength = rangeText(doc.sessionLengthMinutes, t, 'methods.sessionLength', 'methods.sessionLengthExact')
  return (
    <article>
      <DocumentHeader view={view} preview={preview} title={doc.name} titlePath="name" lead={doc.summary} leadPath="summary" />
      <section className="alert" aria-labelledby="contraindications-title" data-testid="contraindications">
        <h2 id="contraindications-title">{t('methods.contraindications')}</h2>
        {contraindications.length === 0 ? (
          <p>{t('methods.noContraindications')}</p>
        ) : (
          <>
            <p>{t('methods.contraindicationsIntro')}</p>
            <ul>
              {contraindications.map(({ item, index }) => (
                <li key={item.id}>
                  <a href={view.href(`/contraindications/${item.slug}`)}>
                    <Localized view={view} path={`contraindications.${index}.name`}>
                      {item.name}
                    </Localized>
                  </a>
                  <span className={`severity ${item.severity}`}>{t(`contraindications.${item.severity}`)}</span>
                  {item.advice && (
                    <Localized view={view} path={`contraindications.${index}.advice`} as="p">
                      {item.advice}
                    </Localized>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <RichText view={view} path="description" value={doc.description} />
      {doc.howItIsPerformed && (
        <section aria-labelledby="how-title">
          <h2 id="how-title">{t('methods.howItIsPerformed')}</h2>
          <RichText view={view} path="howItIsPerformed" value={doc.howItIsPerformed} />
        </section>
      )}
      {sessionLength && <p>{sessionLength}</p>}
      {doc.sensationsAndSideEffects && doc.sensationsAndSideEffects.length > 0 && (
        <section aria-labelledby="sensations-title">
          <h2 id="sensations-title">{t('methods.sensations')}</h2>
          <Localized view={view} path="sensationsAndSideEffects" as="div">
            <ul>
              {doc.sensationsAndSideEffects.map((row, index) => (
                <li key={row.id ?? index}>{row.text}</li>
              ))}
            </ul>
          </Localized>
        </section>
      )}
      <RelatedLinks view={view} id="conditions-title" heading={t('methods.suitableConditions')} collection="conditions" path="suitableConditions.docs" items={doc.suitableConditions?.docs} />
      <RelatedLinks view={view} id="combined-title" heading={t('methods.oftenCombinedWith')} collection="treatment-methods" path="oftenCombinedWith" items={doc.oftenCombinedWith} />
      <MedicalFooter view={view} doc={doc} path="" />
    </article>
  )
}
