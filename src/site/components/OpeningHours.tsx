import type { ClinicProfile } from '../../payload-types'
import { formatDate, formatIntervals, weekdayName } from '../format'
import { clinicClock, DEFAULT_TIME_ZONE, openingStatus, upcomingExceptions, WEEK_FROM_MONDAY, type HoursSource } from '../openingHours'
import type { View } from '../page'
import { Localized } from './Localized'
import { OpenNow } from './OpenNow'

const UPCOMING_DAYS = 60

/** The weekly hours table, today's status, and holidays or special hours of the coming weeks. */
export function OpeningHours({ view, profile }: { view: View; profile: ClinicProfile }) {
  const { t, language } = view
  const hours: HoursSource = {
    timeZone: profile.timeZone,
    openingHours: profile.openingHours?.map((row) => ({ day: row.day, intervals: row.intervals?.map(({ opens, closes }) => ({ opens, closes })) })),
    exceptions: profile.exceptions?.map((entry) => ({
      date: entry.date,
      closed: entry.closed,
      label: entry.label,
      intervals: entry.intervals?.map(({ opens, closes }) => ({ opens, closes })),
    })),
  }
  const timeZone = profile.timeZone || DEFAULT_TIME_ZONE
  const now = new Date()
  const today = clinicClock(now, timeZone)
  const horizon = new Date(now.getTime() + UPCOMING_DAYS * 86_400_000).toISOString().slice(0, 10)
  const upcoming = upcomingExceptions(profile.exceptions, today.date, { untilDate: horizon })
  const intervalsText = (intervals: Array<{ opens: string; closes: string }> | null | undefined) =>
    intervals?.length ? formatIntervals(intervals, language, t) : t('hours.closed')
  return (
    <section className="card hours" aria-labelledby="hours-title">
      <h2 id="hours-title">{t('hours.title')}</h2>
      <OpenNow hours={hours} language={language} initial={openingStatus(hours, now)} />
      <table className="hours-table">
        <caption className="visually-hidden">{t('hours.title')}</caption>
        <tbody>
          {WEEK_FROM_MONDAY.map((day) => {
            const row = profile.openingHours?.find((entry) => entry.day === day)
            const isToday = day === today.weekday
            return (
              <tr key={day} className={isToday ? 'today' : undefined} aria-current={isToday ? 'date' : undefined}>
                <th scope="row">{weekdayName(day, language)}</th>
                <td>{intervalsText(row?.intervals)}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {upcoming.length > 0 && (
        <>
          <h3>{t('hours.upcomingExceptions')}</h3>
          <ul className="exceptions">
            {upcoming.map(({ entry, index, date }) => (
              <li key={entry.id ?? index}>
                <time dateTime={date}>{formatDate(date, language, 'UTC')}</time>
                {entry.label && (
                  <>
                    {' '}
                    <Localized view={view} path={`exceptions.${index}.label`}>
                      ({entry.label})
                    </Localized>
                  </>
                )}
                : {entry.closed !== false ? t('hours.closed') : intervalsText(entry.intervals)}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">{t('hours.timeZone', { timeZone })}</p>
    </section>
  )
}
