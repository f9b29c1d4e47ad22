'use client'

import { contactLinks } from '@/site/contact'
import { clinicClock, upcomingExceptions, WEEK_FROM_MONDAY } from '@/site/openingHours'
import { formatDate, formatIntervals, weekdayName } from '@/site/format'
import { useNow } from '@/kiosk/useNow'

import { Text } from './Localized'
import { OpeningStatus } from './OpeningStatus'
import { QrCode } from './QrCode'
import { ScreenTitle } from './ScreenTitle'
import { useView } from './view'

const ADDRESS_PARTS = ['street', 'district', 'city', 'province', 'postalCode', 'country'] as const
const UPCOMING_EXCEPTIONS = 6

export function ContactScreen() {
  const { t, lang, content, timeZone } = useView()
  const clinic = content.clinic
  const now = useNow()
  const today = clinicClock(now, timeZone)
  const intervals = (list: Array<{ opens: string; closes: string }> | null | undefined) => formatIntervals(list, lang, t)
  const exceptions = upcomingExceptions(clinic.exceptions, today.date, { limit: UPCOMING_EXCEPTIONS })
  const links = contactLinks(clinic.contact)
  const address = clinic.address
  return (
    <div className="k-contact">
      <ScreenTitle>{t('start.contact')}</ScreenTitle>
      <div className="k-columns">
        <section className="k-section">
          <h2>{t('hours.title')}</h2>
          <OpeningStatus />
          <table className="k-hours">
            <tbody>
              {WEEK_FROM_MONDAY.map((day) => {
                const row = clinic.openingHours?.find((entry) => entry.day === day)
                const isToday = day === today.weekday
                return (
                  <tr key={day} className={isToday ? 'k-today' : undefined} aria-current={isToday ? 'date' : undefined}>
                    <th scope="row">
                      {weekdayName(day, lang)}
                      {isToday && <span className="k-today-mark"> ({t('hours.today')})</span>}
                    </th>
                    <td>{row?.intervals?.length ? intervals(row.intervals) : t('hours.closed')}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          {exceptions.length > 0 && (
            <>
              <h3>{t('hours.exceptions')}</h3>
              <ul className="k-exceptions">
                {exceptions.map(({ entry, index, date }) => (
                  <li key={index}>
                    {/* A day-only date: formatted in UTC so that no time zone moves it. */}
                    <time dateTime={date}>{formatDate(date, lang, 'UTC')}</time>
                    {': '}
                    {entry.closed !== false ? t('hours.closed') : intervals(entry.intervals)}
                    {entry.label && (
                      <>
                        {' — '}
                        <Text value={entry.label} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="k-fineprint">{t('hours.timeZone', { timeZone })}</p>
          {address && (
            <>
              <h3>{t('contact.address')}</h3>
              <p className="k-address">
                {ADDRESS_PARTS.map((part) => {
                  const value = address[part]
                  if (!value) return null
                  return typeof value === 'string' ? (
                    <span key={part}>{value} </span>
                  ) : (
                    <span key={part}>
                      <Text value={value} />{' '}
                    </span>
                  )
                })}
              </p>
            </>
          )}
        </section>
        <section className="k-section">
          <h2>{t('contact.title')}</h2>
          {links.length === 0 ? (
            <p>{t('contact.none')}</p>
          ) : (
            <>
              <p>{t('contact.scan')}</p>
              <ul className="k-qr-list">
                {links.map((link) => (
                  <li key={link.kind} className="k-qr-item">
                    <QrCode value={link.href} label={t('contact.qrLabel', { what: t(`contact.${link.kind}`), value: link.label })} />
                    <span className="k-qr-text">
                      <span className="k-qr-kind">{t(`contact.${link.kind}`)}</span>
                      <span className="k-qr-value" dir="ltr">
                        {link.label}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      {clinic.licensingStatement && <Text as="p" className="k-fineprint" value={clinic.licensingStatement} />}
    </div>
  )
}
