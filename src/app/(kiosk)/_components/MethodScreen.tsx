'use client'

import { resolve, resolveJoin } from '@/kiosk/relations'
import { byName, pick } from '@/kiosk/text'
import type { KioskMethod } from '@/kiosk/types'
import { rangeText } from '@/site/ranges'

import { DocumentTitle } from './DocumentTitle'
import { LinkedDocuments } from './LinkedDocuments'
import { List, RichTextBlock, Text } from './Localized'
import { MedicalFooter } from './MedicalFooter'
import { SeverityLabel } from './SeverityLabel'
import { useView } from './view'

export function MethodScreen({ method }: { method: KioskMethod }) {
  const { t, lang, content, go } = useView()
  const contraindications = resolve(method.contraindications, content.contraindications)
  const sessionLength = rangeText(method.sessionLengthMinutes, t, 'methods.sessionLength', 'methods.sessionLengthExact')
  return (
    <article>
      <DocumentTitle title={method.name} lead={method.summary} />
      {sessionLength && <p>{sessionLength}</p>}
      <RichTextBlock value={method.description} />
      {pick(method.howItIsPerformed, lang).value && (
        <section className="k-section">
          <h2>{t('methods.howItIsPerformed')}</h2>
          <RichTextBlock value={method.howItIsPerformed} />
        </section>
      )}
      <List value={method.sensationsAndSideEffects} heading={t('methods.sensations')} />
      <section className="k-section k-warning">
        <h2>{t('methods.contraindications')}</h2>
        {contraindications.length === 0 ? (
          <p>{t('methods.noContraindications')}</p>
        ) : (
          <>
            <p>{t('methods.contraindicationsIntro')}</p>
            <ul className="k-contraindications">
              {byName(contraindications, lang).map((item) => (
                <li key={item.id}>
                  <Text as="h3" value={item.name} />
                  <SeverityLabel severity={item.severity} />
                  <Text as="p" value={item.advice} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <LinkedDocuments heading={t('methods.suitableConditions')} docs={byName(resolveJoin(method.suitableConditions, content.conditions), lang)} open={(id) => go({ kind: 'condition', id })} />
      <LinkedDocuments heading={t('methods.oftenCombinedWith')} docs={resolve(method.oftenCombinedWith, content.methods)} open={(id) => go({ kind: 'method', id })} />
      <MedicalFooter doc={method} />
    </article>
  )
}
