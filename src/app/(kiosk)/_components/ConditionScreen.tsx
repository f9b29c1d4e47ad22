'use client'

import { resolve } from '@/kiosk/relations'
import { pick } from '@/kiosk/text'
import type { KioskCondition } from '@/kiosk/types'
import { rangeText, type NumberRange } from '@/site/ranges'

import { DocumentTitle } from './DocumentTitle'
import { LinkedDocuments } from './LinkedDocuments'
import { List, RichTextBlock, Text } from './Localized'
import { MedicalFooter } from './MedicalFooter'
import { useView } from './view'


export function ConditionScreen({ condition }: { condition: KioskCondition }) {
  const { t, lang, content, go } = useView()
  const methods = resolve(condition.recommendedMethods, content.methods)
  const course = condition.typicalCourse
  const sessions = (range: NumberRange) => rangeText(range, t, 'conditions.sessions', 'conditions.sessionsExact')
  const acute = sessions(course?.acuteSessions)
  const chronic = sessions(course?.chronicSessions)
  const hasCourse = acute || chronic || course?.reviewAfterWeeks || pick(course?.notes, lang).value
  return (
    <article>
      <DocumentTitle title={condition.name} lead={condition.summary} />
      <List className="k-section k-warning" value={condition.redFlags} heading={t('conditions.redFlags')} />
      <RichTextBlock value={condition.description} />
      <List value={condition.symptoms} heading={t('conditions.symptoms')} />
      <List value={condition.commonCauses} heading={t('conditions.commonCauses')} />
      {hasCourse && (
        <section className="k-section">
          <h2>{t('conditions.typicalCourse')}</h2>
          {(acute || chronic) && (
          <dl className="k-facts">
            {acute && (
              <div>
                <dt>{t('conditions.acute')}</dt>
                <dd>{acute}</dd>
              </div>
            )}
            {chronic && (
              <div>
                <dt>{t('conditions.chronic')}</dt>
                <dd>{chronic}</dd>
              </div>
            )}
          </dl>
          )}
          {course?.reviewAfterWeeks ? <p>{t('conditions.reviewAfter', { count: course.reviewAfterWeeks })}</p> : null}
          <Text as="p" value={course?.notes} />
        </section>
      )}
      <LinkedDocuments heading={t('conditions.recommendedMethods')} docs={methods} open={(id) => go({ kind: 'method', id })} />
      <MedicalFooter doc={condition} />
    </article>
  )
}
