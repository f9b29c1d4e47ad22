import type { FlattenedField } from 'payload'

/** The largest id PostgreSQL's `integer` (the type of every id here) can hold. */
export const MAX_ID = 2_147_483_647
/** Keys every document accepts besides its fields. */
const DOCUMENT_KEYS = new Set(['id', 'createdAt', 'updatedAt', '_status'])
/** At most this many problems are reported for one request. */
const MAX_PROBLEMS = 20

export type Problem = { path: string; key: string; params?: Record<string, unknown> }

export type CheckContext = {
  /** Refuse keys that are not fields (requests from outside; our own code is trusted). */
  refuseUnknownKeys: boolean
  /** Localized fields may hold one value per locale (`?locale=all`). */
  localeAll: boolean
  locales: readonly string[]
  /** Longest text when a field sets no maxLength (Payload's defaultMaxTextLength). */
  defaultMaxTextLength: number
  /** The id type of a collection: numbers for every collection here. */
  idType: (collection: string) => 'number' | 'text'
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const show = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

function validId(value: unknown, type: 'number' | 'text'): boolean {
  if (type === 'text') return (typeof value === 'string' && value.length > 0 && value.length <= 255) || typeof value === 'number'
  const number = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_ID
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/

/** A real date in years 1–9999; `2025-02-30` too is refused (JavaScript would read it as 2 March). */
const validDate = (value: unknown): boolean => {
  if (!(typeof value === 'string' || value instanceof Date)) return false
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) return false
  const year = new Date(time).getUTCFullYear()
  if (year < 1 || year > 9999) return false
  const day = typeof value === 'string' ? ISO_DAY.exec(value) : null
  if (!day) return true
  const calendar = new Date(0)
  calendar.setUTCFullYear(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  return calendar.getUTCMonth() === Number(day[2]) - 1 && calendar.getUTCDate() === Number(day[3])
}

/**
 * What is wrong with the shape of the data a request writes, field by field: wrong types, text over
 * its maxLength, ids that cannot be ids, dates that are not dates, select values that are not
 * options, keys that are not fields. Payload skips field validation for drafts, so without this a
 * draft could store a 1 MB title or reach the database with `"conditions": ["abc"]` (a 500).
 * Presence (`required`) is not checked here: that stays with Payload's validation on publish.
 */
export function malformedData(fields: FlattenedField[], data: Record<string, unknown>, context: CheckContext): Problem[] {
  const problems: Problem[] = []
  checkObject(fields, data, '', context, problems, true)
  return problems.slice(0, MAX_PROBLEMS)
}

function checkObject(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, context: CheckContext, problems: Problem[], topLevel: boolean): void {
  const byName = new Map(fields.map((field) => [field.name, field]))
  for (const [key, value] of Object.entries(data)) {
    if (problems.length >= MAX_PROBLEMS) return
    const path = prefix ? `${prefix}.${key}` : key
    const field = byName.get(key)
    if (!field) {
      if (context.refuseUnknownKeys && !(topLevel && DOCUMENT_KEYS.has(key))) problems.push({ path, key: 'unknownField' })
      continue
    }
    if (value === undefined || value === null) continue
    if (context.localeAll && 'localized' in field && field.localized && isPlainObject(value) && Object.keys(value).every((k) => context.locales.includes(k))) {
      for (const [locale, localeValue] of Object.entries(value)) {
        if (localeValue !== null && localeValue !== undefined) checkField(field, localeValue, `${path}.${locale}`, context, problems)
      }
      continue
    }
    checkField(field, value, path, context, problems)
  }
}

function checkField(field: FlattenedField, value: unknown, path: string, context: CheckContext, problems: Problem[]): void {
  if ('virtual' in field && field.virtual) return
  const many = (check: (item: unknown) => boolean) => (Array.isArray(value) ? value.every(check) : check(value))
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code': {
      const values = 'hasMany' in field && field.hasMany && Array.isArray(value) ? value : [value]
      if (!values.every((item) => typeof item === 'string')) return void problems.push({ path, key: 'expected.text' })
      const max = ('maxLength' in field && typeof field.maxLength === 'number' ? field.maxLength : undefined) ?? context.defaultMaxTextLength
      const longest = Math.max(...(values as string[]).map((item) => item.length))
      if (longest > max) problems.push({ path, key: 'tooLong', params: { max, length: longest } })
      // PostgreSQL text cannot hold U+0000.
      else if ((values as string[]).some((item) => item.includes('\u0000'))) problems.push({ path, key: 'nulCharacter' })
      return
    }
    case 'number': {
      const isNumber = (item: unknown) =>
        (typeof item === 'number' && Number.isFinite(item)) || (typeof item === 'string' && item.trim() !== '' && Number.isFinite(Number(item)))
      if (!(field.hasMany ? many(isNumber) : isNumber(value))) problems.push({ path, key: 'expected.number' })
      return
    }
    case 'date':
      if (!validDate(value)) problems.push({ path, key: 'expected.date', params: { value: show(value).replace(/^"|"$/g, '') } })
      return
    case 'checkbox':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') problems.push({ path, key: 'expected.checkbox' })
      return
    case 'select':
    case 'radio': {
      const choices = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      const ok = (item: unknown) => typeof item === 'string' && choices.includes(item)
      if (!('hasMany' in field && field.hasMany ? Array.isArray(value) && value.every(ok) : ok(value))) {
        problems.push({ path, key: 'expected.select', params: { choices: choices.join(', '), value: show(value) } })
      }
      return
    }
    case 'relationship':
    case 'upload': {
      const targets: string[] = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      const badItem = (Array.isArray(value) && field.hasMany ? value : [value]).find((item) => {
        if (Array.isArray(field.relationTo)) {
          if (!isPlainObject(item) || typeof item.relationTo !== 'string' || !targets.includes(item.relationTo)) return true
          const id = isPlainObject(item.value) ? item.value.id : item.value
          return !validId(id, context.idType(item.relationTo))
        }
        // A populated document (as read with depth ≥ 1) stands for its id.
        const id = isPlainObject(item) ? item.id : item
        return !validId(id, context.idType(targets[0]!))
      })
      if (badItem !== undefined) problems.push({ path, key: 'expected.id', params: { collection: targets.join(' / '), value: show(badItem) } })
      return
    }
    case 'richText':
      if (!isPlainObject(value) || !isPlainObject(value.root) || !Array.isArray(value.root.children)) problems.push({ path, key: 'expected.richText' })
      return
    case 'group':
    case 'tab':
      if (!isPlainObject(value)) return void problems.push({ path, key: 'expected.object' })
      checkObject(field.flattenedFields, value, path, context, problems, false)
      return
    case 'array':
      if (!Array.isArray(value)) return void problems.push({ path, key: 'expected.list' })
      value.forEach((row, index) => {
        if (!isPlainObject(row)) problems.push({ path: `${path}.${index}`, key: 'expected.object' })
        else checkObject(field.flattenedFields, row, `${path}.${index}`, context, problems, false)
      })
      return
    case 'blocks':
      if (!Array.isArray(value)) problems.push({ path, key: 'expected.list' })
      return
    default:
      // json, point and join values are checked by Payload itself (or not stored).
      return
  }
}
