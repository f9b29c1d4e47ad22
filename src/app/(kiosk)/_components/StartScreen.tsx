'use client'

import { Text } from './Localized'
import { OpeningStatus } from './OpeningStatus'
import { ScreenTitle } from './ScreenTitle'
import { useView, type Screen } from './view'

const TOPICS: Array<{ screen: Screen; label: string; hint: string }> = [
  { screen: { kind: 'conditions' }, label: 'start.conditions', hint: 'start.conditionsHint' },
  { screen: { kind: 'methods' }, label: 'start.methods', hint: 'start.methodsHint' },
  { screen: { kind: 'checklist' }, label: 'start.checklist', hint: 'start.checklistHint' },
  { screen: { kind: 'contact' }, label: 'start.contact', hint: 'start.contactHint' },
]

export function StartScreen() {
  const { t, content, go } = useView()
  const clinic = content.clinic
  return (
    <div className="k-start">
      <ScreenTitle>{t('start.welcome')}</ScreenTitle>
      <Text as="p" className="k-tagline" value={clinic.tagline} />
      <OpeningStatus />
      <p className="k-lead">{t('start.intro')}</p>
      <nav aria-label={t('start.menu')}>
        <ul className="k-tiles">
          {TOPICS.map((topic) => (
            <li key={topic.screen.kind}>
              <button type="button" className="k-tile" onClick={() => go(topic.screen)}>
                <span className="k-tile-label">{t(topic.label)}</span>
                <span className="k-tile-hint">{t(topic.hint)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {clinic.safetyDisclaimer && <Text as="p" className="k-fineprint" value={clinic.safetyDisclaimer} />}
    </div>
  )
}
