import { describe, expect, it } from 'vitest'

import { clinicProfile } from '../src/seed/content/clinicProfile'
import { formatDate, formatTime, weekdayName } from '../src/site/format'
import { clinicClock, hoursOn, openingStatus, upcomingExceptions, type HoursSource } from '../src/site/openingHours'

// The sample clinic: Mon/Fri/Sat 10–19, Tue–Thu 09–17:30, closed Sunday; 31 Dec closes early.
const clinic: HoursSource = {
  timeZone: 'Asia/Bangkok',
  openingHours: clinicProfile.openingHours,
  exceptions: clinicProfile.exceptions.map((exception) => ({ ...exception, label: exception.label.en })),
}
const bangkok = (local: string) => new Date(`${local}+07:00`)

describe('opening hours in the clinic’s time zone', () => {
  it('is open during an interval and says until when', () => {
    expect(openingStatus(clinic, bangkok('2026-11-24T10:30:00'))).toMatchObject({ open: true, closesAt: '17:30' })
  })

  it('uses the clinic’s clock, not the reader’s: 23:30 UTC on Monday is already Tuesday morning in Bangkok', () => {
    expect(clinicClock(new Date('2026-11-23T23:30:00Z'), 'Asia/Bangkok')).toEqual({ date: '2026-11-24', weekday: 'tue', time: '06:30' })
    expect(openingStatus(clinic, new Date('2026-11-23T23:30:00Z'))).toMatchObject({
      open: false,
      next: { date: '2026-11-24', weekday: 'tue', opens: '09:00' },
    })
  })

  it('is closed at closing time exactly, and on Sunday points to Monday', () => {
    expect(openingStatus(clinic, bangkok('2026-11-24T17:30:00')).open).toBe(false)
    expect(openingStatus(clinic, bangkok('2026-11-22T12:00:00'))).toMatchObject({
      open: false,
      next: { date: '2026-11-23', weekday: 'mon', opens: '10:00' },
    })
  })

  it('follows dated exceptions: special hours and holidays replace the regular week', () => {
    const newYearsEve = hoursOn(clinic, '2026-12-31')
    expect(newYearsEve.exception?.closed).toBe(false)
    expect(newYearsEve.intervals.length).toBeGreaterThan(0)
    const newYear = hoursOn(clinic, '2027-01-01')
    expect(newYear).toMatchObject({ intervals: [], exception: { closed: true } })
    expect(openingStatus(clinic, bangkok('2027-01-01T11:00:00')).open).toBe(false)
  })

  it('reads exception dates as stored by the admin (noon UTC of that day) as that calendar day', () => {
    const stored: HoursSource = { ...clinic, exceptions: [{ date: '2026-11-24T12:00:00.000Z', closed: true, label: 'Staff training' }] }
    expect(hoursOn(stored, '2026-11-24')).toMatchObject({ intervals: [], exception: { label: 'Staff training', closed: true } })
    expect(hoursOn(stored, '2026-11-23').intervals).toEqual([{ opens: '10:00', closes: '19:00' }])
  })

  it('handles several intervals a day (a lunch break)', () => {
    const split: HoursSource = {
      timeZone: 'Asia/Bangkok',
      openingHours: [{ day: 'tue', intervals: [{ opens: '13:00', closes: '18:00' }, { opens: '09:00', closes: '12:00' }] }],
    }
    expect(openingStatus(split, bangkok('2026-11-24T12:30:00'))).toMatchObject({ open: false, next: { date: '2026-11-24', opens: '13:00' } })
    expect(openingStatus(split, bangkok('2026-11-24T13:00:00'))).toMatchObject({ open: true, closesAt: '18:00' })
  })
})

describe('dates and times for readers', () => {
  it('shows Thai dates with the Buddhist era year and English dates day first', () => {
    expect(formatDate('2026-11-21T03:00:00.000Z', 'th')).toBe('21 พฤศจิกายน 2569')
    expect(formatDate('2026-11-21T03:00:00.000Z', 'en')).toBe('21 November 2026')
    // Late evening UTC is already the next day in Bangkok.
    expect(formatDate('2026-11-21T20:00:00.000Z', 'en')).toBe('22 November 2026')
  })

  it('names weekdays and times as readers write them', () => {
    expect(weekdayName('mon', 'th')).toBe('วันจันทร์')
    expect(weekdayName('sun', 'en')).toBe('Sunday')
    expect(formatTime('09:00', 'th')).toBe('09:00 น.')
    expect(formatTime('09:00', 'en')).toBe('09:00')
  })
})

describe('upcoming exceptions', () => {
  it('lists dated exceptions from a date on, soonest first, within a window or a limit, keeping their position', () => {
    const exceptions = [
      { date: '2027-01-01T00:00:00.000Z', label: 'New Year' },
      { date: '2026-11-20T12:00:00.000Z', label: 'past' },
      { date: '2026-12-31T12:00:00.000Z', label: 'New Year’s Eve' },
    ]
    expect(upcomingExceptions(exceptions, '2026-11-22').map(({ index, date }) => [index, date])).toEqual([
      [2, '2026-12-31'],
      [0, '2027-01-01'],
    ])
    expect(upcomingExceptions(exceptions, '2026-11-22', { untilDate: '2026-12-31' }).map(({ date }) => date)).toEqual(['2026-12-31'])
    expect(upcomingExceptions(exceptions, '2026-11-22', { limit: 1 }).map(({ date }) => date)).toEqual(['2026-12-31'])
    expect(upcomingExceptions(null, '2026-11-22')).toEqual([])
  })
})
