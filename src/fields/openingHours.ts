import type { ArrayField, Field } from 'payload'

import { lineText } from './text'

export const WEEKDAYS = [
  { value: 'mon', label: { en: 'Monday', th: 'วันจันทร์' } },
  { value: 'tue', label: { en: 'Tuesday', th: 'วันอังคาร' } },
  { value: 'wed', label: { en: 'Wednesday', th: 'วันพุธ' } },
  { value: 'thu', label: { en: 'Thursday', th: 'วันพฤหัสบดี' } },
  { value: 'fri', label: { en: 'Friday', th: 'วันศุกร์' } },
  { value: 'sat', label: { en: 'Saturday', th: 'วันเสาร์' } },
  { value: 'sun', label: { en: 'Sunday', th: 'วันอาทิตย์' } },
]

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/

type Interval = { opens?: string | null; closes?: string | null }

const minutes = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** Why these intervals are not a valid day of opening hours, or undefined when they are. */
export function intervalProblem(intervals: Interval[] | null | undefined): string | undefined {
  const list = intervals ?? []
  for (const [index, { opens, closes }] of list.entries()) {
    const at = `interval ${index + 1}`
    if (!opens || !HH_MM.test(opens)) return `${at}: opening time "${opens ?? ''}" must be HH:MM (24-hour), e.g. 09:00.`
    if (!closes || !HH_MM.test(closes)) return `${at}: closing time "${closes ?? ''}" must be HH:MM (24-hour), e.g. 17:30.`
    if (minutes(closes) <= minutes(opens)) return `${at}: closes at ${closes}, which is not after it opens (${opens}).`
  }
  const sorted = [...list].sort((a, b) => minutes(a.opens!) - minutes(b.opens!))
  for (let i = 1; i < sorted.length; i++) {
    if (minutes(sorted[i]!.opens!) < minutes(sorted[i - 1]!.closes!)) {
      return `intervals ${sorted[i - 1]!.opens}–${sorted[i - 1]!.closes} and ${sorted[i]!.opens}–${sorted[i]!.closes} overlap.`
    }
  }
  return undefined
}

function timeField(name: 'opens' | 'closes', label: { en: string; th: string }): Field {
  return lineText({
    name,
    required: true,
    label,
    validate: (value: unknown) =>
      typeof value === 'string' && HH_MM.test(value) ? true : `${label.en} must be HH:MM (24-hour), e.g. 09:00 (got "${String(value ?? '').slice(0, 40)}").`,
    admin: { placeholder: name === 'opens' ? '09:00' : '17:30', width: '50%' },
  })
}

/** One or more opening intervals in a day; validated together so that they cannot overlap. */
export function intervalsField(): ArrayField {
  return {
    name: 'intervals',
    type: 'array',
    label: { en: 'Open', th: 'เวลาเปิดทำการ' },
    labels: { singular: { en: 'Interval', th: 'ช่วงเวลา' }, plural: { en: 'Intervals', th: 'ช่วงเวลา' } },
    validate: (value: unknown) => {
      const problem = intervalProblem(value as Interval[] | null)
      return problem ? `Opening hours: ${problem}` : true
    },
    fields: [
      {
        type: 'row',
        fields: [timeField('opens', { en: 'Opens', th: 'เปิด' }), timeField('closes', { en: 'Closes', th: 'ปิด' })],
      },
    ],
  }
}

/** The regular week: one row per weekday; a day without intervals is closed. */
export function weeklyHoursField(): ArrayField {
  return {
    name: 'openingHours',
    type: 'array',
    label: { en: 'Opening hours', th: 'เวลาทำการ' },
    labels: { singular: { en: 'Day', th: 'วัน' }, plural: { en: 'Days', th: 'วัน' } },
    maxRows: 7,
    validate: (value: unknown) => {
      const days = ((value as Array<{ day?: string }> | null) ?? []).map((row) => row.day)
      const repeated = days.find((day, index) => day && days.indexOf(day) !== index)
      return repeated ? `Opening hours: ${repeated} is listed twice; give each weekday one row with several intervals.` : true
    },
    fields: [
      { name: 'day', type: 'select', required: true, options: WEEKDAYS, label: { en: 'Day', th: 'วัน' } },
      intervalsField(),
    ],
  }
}

/** Dated exceptions: holidays (closed) and days with special hours. */
export function hoursExceptionsField(): ArrayField {
  return {
    name: 'exceptions',
    type: 'array',
    label: { en: 'Holidays and special hours', th: 'วันหยุดและเวลาทำการพิเศษ' },
    labels: { singular: { en: 'Exception', th: 'ข้อยกเว้น' }, plural: { en: 'Exceptions', th: 'ข้อยกเว้น' } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'date',
            type: 'date',
            required: true,
            label: { en: 'Date', th: 'วันที่' },
            admin: { date: { pickerAppearance: 'dayOnly' } },
          },
          { name: 'closed', type: 'checkbox', defaultValue: true, label: { en: 'Closed all day', th: 'ปิดทั้งวัน' } },
        ],
      },
      lineText({ name: 'label', localized: true, label: { en: 'Reason', th: 'เหตุผล' } }),
      { ...intervalsField(), admin: { condition: (_data, sibling) => !sibling?.closed } },
    ],
  }
}
