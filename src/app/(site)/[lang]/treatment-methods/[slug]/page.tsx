import type { Metadata } from 'next'

import type { Condition, Contraindication, TreatmentMethod } from '@/payload-types'
import { readLocalized } from '@/site/cms'
import { Localized } from '@/site/components/Localized'
import { MedicalFooter } from '@/site/components/MedicalFooter'
import { PreviewBanner } from '@/site/components/PreviewBanner'
import { RichText } from '@/site/components/RichText'
import { loadDocument, pageMetadata, siteLanguage } from '@/site/page'

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await params
  const language = siteLanguage(lang)
  const { data } = await readLocalized<{ docs: TreatmentMethod[] }>('/treatment-methods', { 'where[slug][equals]': slug, limit: 1, depth: 0, 'select[name]': true, 'select[summary]': true }, language)
  return pageMetadata(language, `/treatment-methods/${slug}`, data.docs[0]?.name, data.docs[0]?.summary)
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
  const combined = indexed<TreatmentMethod>(doc.oftenCombinedWith)
  const conditions = indexed<Condition>(doc.suitableConditions?.docs)
  const session = doc.sessionLengthMinutes
  return (
    <article>
      <PreviewBanner view={view} preview={preview} />
      <Localized view={view} path="name" as="h1">
        {doc.name}
      </Localized>
      {doc.summary && (
        <Localized view={view} path="summary" as="p" className="lead">
          {doc.summary}
        </Localized>
      )}
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
      {(session?.min || session?.max) && (
        <p>
          {session.min && session.max && session.min !== session.max
            ? t('methods.sessionLength', { min: session.min, max: session.max })
            : t('methods.sessionLengthExact', { count: (session.min ?? session.max)! })}
        </p>
      )}
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
      {conditions.length > 0 && (
        <section aria-labelledby="conditions-title">
          <h2 id="conditions-title">{t('methods.suitableConditions')}</h2>
          <ul>
            {conditions.map(({ item, index }) => (
              <li key={item.id}>
                <a href={view.href(`/conditions/${item.slug}`)}>
                  <Localized view={view} path={`suitableConditions.docs.${index}.name`}>
                    {item.name}
                  </Localized>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {combined.length > 0 && (
        <section aria-labelledby="combined-title">
          <h2 id="combined-title">{t('methods.oftenCombinedWith')}</h2>
          <ul>
            {combined.map(({ item, index }) => (
              <li key={item.id}>
                <a href={view.href(`/treatment-methods/${item.slug}`)}>
                  <Localized view={view} path={`oftenCombinedWith.${index}.name`}>
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
