/**
 * "Open now" and the next opening, computed from the clinic profile's structured hours in the
 * clinic's own time zone (not the reader's): a kiosk in Bangkok and a phone abroad agree.
 */

export const WEEKDAY_CODES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof WEEKDAY_CODES)[number]

/** The week as a clinic's hours table lists it, Monday first. */
export const WEEK_FROM_MONDAY: readonly Weekday[] = [...WEEKDAY_CODES.slice(1), WEEKDAY_CODES[0]]

export type Interval = { opens: string; closes: string }

export type HoursSource = {
  timeZone?: string | null
  openingHours?: Array<{ day: string; intervals?: Interval[] | null }> | null
  exceptions?: Array<{ date: string; closed?: boolean | null; label?: string | null; intervals?: Interval[] | null }> | null
}

export type DayHours = {
  /** The clinic's calendar date, YYYY-MM-DD. */
  date: string
  weekday: Weekday
  intervals: Interval[]
  /** Set when a dated exception (holiday, special hours) replaces the regular week. */
  exception?: { label: string | null; closed: boolean }
}

export type OpeningStatus = {
  open: boolean
  /** While open: when this interval ends (HH:MM, clinic time). */
  closesAt?: string
  /** While closed: the next opening within two weeks. */
  next?: { date: string; weekday: Weekday; opens: string }
  today: DayHours
}

export const DEFAULT_TIME_ZONE = 'Asia/Bangkok'

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The clinic's local date, weekday and time at an instant. */
export function clinicClock(at: Date, timeZone: string): { date: string; weekday: Weekday; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  )
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
    time: `${parts.hour}:${parts.minute}`,
  }
}

/**
 * A stored exception date as a calendar date. Day-only dates are stored as an instant on that
 * day in UTC (midnight for imported data, noon when picked in the admin), so the date part is
 * the day in any time zone; converting the instant would move it a day in zones west of UTC.
 */
const exceptionDate = (value: string) => value.slice(0, 10)

const addDays = (date: string, days: number) => {
  const next = new Date(`${date}T12:00:00Z`)
  next.setUTCDate(next.getUTCDate() + days)
  return next.toISOString().slice(0, 10)
}

const weekdayOf = (date: string): Weekday => WEEKDAY_CODES[new Date(`${date}T12:00:00Z`).getUTCDay()]!

const sorted = (intervals: Interval[] | null | undefined) => [...(intervals ?? [])].sort((a, b) => minutes(a.opens) - minutes(b.opens))

/** The hours of one calendar date: a dated exception if there is one, else the regular weekday. */
export function hoursOn(source: HoursSource, date: string): DayHours {
  const weekday = weekdayOf(date)
  const exception = (source.exceptions ?? []).find((entry) => exceptionDate(entry.date) === date)
  if (exception) {
    const closed = exception.closed !== false
    return { date, weekday, intervals: closed ? [] : sorted(exception.intervals), exception: { label: exception.label ?? null, closed } }
  }
  const regular = (source.openingHours ?? []).find((row) => row.day === weekday)
  return { date, weekday, intervals: sorted(regular?.intervals) }
}

/** Whether the clinic is open at `at`, until when, or when it opens next. */
export function openingStatus(source: HoursSource, at: Date): OpeningStatus {
  const timeZone = source.timeZone || DEFAULT_TIME_ZONE
  const now = clinicClock(at, timeZone)
  const today = hoursOn(source, now.date)
  const current = minutes(now.time)
  const openInterval = today.intervals.find((interval) => minutes(interval.opens) <= current && current < minutes(interval.closes))
  if (openInterval) return { open: true, closesAt: openInterval.closes, today }

  const laterToday = today.intervals.find((interval) => minutes(interval.opens) > current)
  if (laterToday) return { open: false, next: { date: now.date, weekday: now.weekday, opens: laterToday.opens }, today }
  for (let offset = 1; offset <= 14; offset++) {
    const day = hoursOn(source, addDays(now.date, offset))
    if (day.intervals[0]) return { open: false, next: { date: day.date, weekday: day.weekday, opens: day.intervals[0].opens }, today }
  }
  return { open: false, today }
}

/**
 * Dated exceptions from `fromDate` on (clinic dates, YYYY-MM-DD), soonest first, up to `untilDate`
 * and at most `limit`, each with its position in the stored list (for fallback marking).
 */
export function upcomingExceptions<T extends { date: string }>(
  exceptions: T[] | null | undefined,
  fromDate: string,
  { untilDate, limit }: { untilDate?: string; limit?: number } = {},
): Array<{ entry: T; index: number; date: string }> {
  return (exceptions ?? [])
    .map((entry, index) => ({ entry, index, date: exceptionDate(entry.date) }))
    .filter(({ date }) => date >= fromDate && (untilDate === undefined || date <= untilDate))
    .sort((a, b) => a.date.localeCompare(b.date))
    .slice(0, limit)
}
