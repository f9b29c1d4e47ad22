'use client'

import { resolveJoin } from '@/kiosk/relations'
import { byName, pick, textOf } from '@/kiosk/text'
import type { KioskContraindication } from '@/kiosk/types'

import { EnglishOnly, Text } from './Localized'
import { MedicalFooter } from './MedicalFooter'
import { ScreenTitle } from './ScreenTitle'
import { SeverityLabel } from './SeverityLabel'
import { useView } from './view'

/**
 * "Is acupuncture right for me?": every published contraindication as a checklist item. Ticking
 * one shows its description and advice as published. Nothing is judged or sent: the screen only
 * tells the patient to talk to the staff.
 */
export function ChecklistScreen() {
  const { t, lang, content, ticked, setTicked } = useView()
  // Absolute contraindications first, then alphabetical.
  const items = byName(content.contraindications, lang).sort((a, b) => Number(b.severity === 'absolute') - Number(a.severity === 'absolute'))
  const toggle = (id: number) => {
    const next = new Set(ticked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setTicked(next)
  }
  const tickedCount = items.filter((item) => ticked.has(item.id)).length
  // Every item usually carries the same disclaimer: show each distinct text once, under the list.
  const disclaimers = new Map(items.filter((item) => pick(item.disclaimer, lang).value).map((item) => [textOf(item.disclaimer, lang), item]))
  return (
    <div className="k-checklist">
      <ScreenTitle>{t('checklist.title')}</ScreenTitle>
      <p className="k-notice" role="note">
        {t('checklist.notDiagnosis')}
      </p>
      <p className="k-lead">{t('checklist.intro')}</p>
      {items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="k-check-list">
          {items.map((item) => (
            <ChecklistItem key={item.id} item={item} checked={ticked.has(item.id)} onToggle={() => toggle(item.id)} />
          ))}
        </ul>
      )}
      <div className="k-check-summary">
        <p role="status">{tickedCount > 0 ? t('checklist.ticked', { count: tickedCount, total: items.length }) : t('checklist.noneTicked')}</p>
        {tickedCount > 0 && (
          <button type="button" className="k-button k-secondary" onClick={() => setTicked(new Set())}>
            {t('checklist.clear')}
          </button>
        )}
      </div>
      {[...disclaimers.values()].map((item) => (
        <section key={item.id} className="k-disclaimer" aria-label={t('review.disclaimer')}>
          <Text as="p" value={item.disclaimer} />
        </section>
      ))}
    </div>
  )
}

function ChecklistItem({ item, checked, onToggle }: { item: KioskContraindication; checked: boolean; onToggle: () => void }) {
  const { t, lang, content } = useView()
  const name = pick(item.name, lang)
  const methods = byName(resolveJoin(item.treatmentMethods, content.methods), lang)
  const base = `k-ci-${item.id}`
  return (
    <li className={`k-check-item${checked ? ' k-checked' : ''}`} data-contraindication={item.slug}>
      <label className="k-check">
        <input type="checkbox" checked={checked} onChange={onToggle} aria-labelledby={`${base}-name`} aria-describedby={`${base}-who`} />
        <span className="k-check-text">
          <span id={`${base}-name`} className="k-check-name" lang={name.fellBack ? 'en' : undefined}>
            {name.value}
            {name.fellBack && <> <EnglishOnly /></>}
          </span>
          <SeverityLabel severity={item.severity} />
          <span id={`${base}-who`} className="k-check-who">
            <Text value={item.whoItConcerns} />
          </span>
        </span>
      </label>
      {checked && (
        <div className="k-check-detail">
          {pick(item.advice, lang).value && (
            <section className="k-advice">
              <h2>{t('checklist.advice')}</h2>
              <Text as="p" value={item.advice} />
            </section>
          )}
          {pick(item.description, lang).value && (
            <section>
              <h2>{t('checklist.about')}</h2>
              <Text as="p" value={item.description} />
            </section>
          )}
          {methods.length > 0 && (
            <p>
              {t('checklist.methods')}:{' '}
              {methods.map((method, index) => (
                <span key={method.id}>
                  {index > 0 && ', '}
                  <Text value={method.name} />
                </span>
              ))}
            </p>
          )}
          <MedicalFooter doc={item} disclaimer={false} />
        </div>
      )}
    </li>
  )
}
