import { Link } from '@payloadcms/ui'
import type { Payload } from 'payload'
import React from 'react'

import type { DueItem, QueueItem, RefusalItem, ReviewQueue } from '@/workflow/reviewQueue'
import { collectionLabel, daysBetween, formatAge, formatDate, formatDateTime, localeName } from './format'
import type { ReviewQueueLabels, SectionKey, UiLanguage } from './labels'

export const baseClass = 'review-queue'

type Common = {
  i18n: Parameters<typeof collectionLabel>[2]
  language: UiLanguage
  payload: Payload
  t: ReviewQueueLabels
}

function Section({ children, count, id, note, t }: { children: React.ReactNode; count: number; id: SectionKey; note?: string; t: ReviewQueueLabels }) {
  const { empty, heading } = t.sections[id]
  return (
    <section aria-labelledby={`${baseClass}-${id}`} className={`${baseClass}__section`} id={id}>
      <h2 className={`${baseClass}__heading`} id={`${baseClass}-${id}`}>
        {heading} <span className={`${baseClass}__count`}>{count}</span>
      </h2>
      {note && <p className={`${baseClass}__note`}>{note}</p>}
      {count === 0 ? <p className={`${baseClass}__empty`}>{empty}</p> : <div className={`${baseClass}__table-wrap`}>{children}</div>}
    </section>
  )
}

function TitleCell({ item }: { item: { adminPath: string; title: string } }) {
  return (
    <th className={`${baseClass}__title`} scope="row">
      <Link href={item.adminPath} prefetch={false}>
        {item.title}
      </Link>
    </th>
  )
}

function QueueTable({ common, items, withComment }: { common: Common; items: QueueItem[]; withComment?: boolean }) {
  const { i18n, payload, t } = common
  return (
    <table className={`${baseClass}__table`}>
      <thead>
        <tr>
          <th scope="col">{t.columns.title}</th>
          <th scope="col">{t.columns.collection}</th>
          <th scope="col">{t.columns.locale}</th>
          <th scope="col">{t.columns.age}</th>
          <th scope="col">{t.columns.submittedBy}</th>
          {withComment && <th scope="col">{t.columns.comment}</th>}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}-${item.locale}`}>
            <TitleCell item={item} />
            <td>{collectionLabel(payload, item.collection, i18n)}</td>
            <td lang={item.locale}>{localeName(item.locale)}</td>
            <td>
              <time dateTime={item.since} title={formatDateTime(item.since, common.language)}>
                {formatAge(item.ageDays, t)}
              </time>
              {item.reviewDue && <span className={`${baseClass}__badge`}>{t.reviewDueBadge}</span>}
            </td>
            <td>{item.submittedBy ?? t.nobody}</td>
            {withComment && <td className={`${baseClass}__comment`}>{item.lastComment || t.nobody}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DueTable({ common, items }: { common: Common; items: DueItem[] }) {
  const { i18n, language, payload, t } = common
  return (
    <table className={`${baseClass}__table`}>
      <thead>
        <tr>
          <th scope="col">{t.columns.title}</th>
          <th scope="col">{t.columns.collection}</th>
          <th scope="col">{t.columns.lastReviewedAt}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}`}>
            <TitleCell item={item} />
            <td>{collectionLabel(payload, item.collection, i18n)}</td>
            <td>
              {item.lastReviewedAt ? <time dateTime={item.lastReviewedAt}>{formatDate(item.lastReviewedAt, language)}</time> : t.never}
              <span className={`${baseClass}__badge`}>{t.reviewDueBadge}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function RefusalTable({ common, generatedAt, items }: { common: Common; generatedAt: string; items: RefusalItem[] }) {
  const { i18n, language, payload, t } = common
  return (
    <table className={`${baseClass}__table`}>
      <thead>
        <tr>
          <th scope="col">{t.columns.title}</th>
          <th scope="col">{t.columns.collection}</th>
          <th scope="col">{t.columns.locale}</th>
          <th scope="col">{t.columns.refusedAt}</th>
          <th scope="col">{t.columns.reason}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.collection}-${item.id}-${item.locale}-${item.at}`}>
            <TitleCell item={item} />
            <td>{collectionLabel(payload, item.collection, i18n)}</td>
            <td lang={item.locale}>{localeName(item.locale)}</td>
            <td>
              <time dateTime={item.at} title={formatDateTime(item.at, language)}>
                {formatAge(daysBetween(item.at, generatedAt), t)}
              </time>
            </td>
            <td className={`${baseClass}__comment`}>{item.reason || t.nobody}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The five sections of the queue, as plain tables. */
export function QueueSections({ queue, ...common }: Common & { queue: ReviewQueue }) {
  const { t } = common
  return (
    <>
      <Section count={queue.awaitingReview.length} id="awaitingReview" t={t}>
        <QueueTable common={common} items={queue.awaitingReview} />
      </Section>
      <Section count={queue.changesRequested.length} id="changesRequested" t={t}>
        <QueueTable common={common} items={queue.changesRequested} withComment />
      </Section>
      <Section count={queue.readyToPublish.length} id="readyToPublish" t={t}>
        <QueueTable common={common} items={queue.readyToPublish} />
      </Section>
      <Section count={queue.reviewDue.length} id="reviewDue" note={t.reviewDueNote(queue.reviewIntervalMonths)} t={t}>
        <DueTable common={common} items={queue.reviewDue} />
      </Section>
      <Section count={queue.refusedPublishes.length} id="refusedPublishes" t={t}>
        <RefusalTable common={common} generatedAt={queue.generatedAt} items={queue.refusedPublishes} />
      </Section>
    </>
  )
}
