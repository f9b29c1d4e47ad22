import type { TextareaField, TextField, Validate } from 'payload'
import { text, textarea } from 'payload/shared'

/**
 * The longest text each kind of field accepts, in characters (UTF-16 code units, as Payload counts).
 * Checked on every write, drafts included (src/hooks/malformedData.ts), and in the admin form.
 * Rich text has no character limit: the request body limit (MAX_JSON_BODY_MB) bounds it.
 */
export const TEXT_LIMITS = {
  /** Titles, names, labels, one line of an address, alt text, captions. */
  line: 300,
  /** A web address. */
  url: 2_000,
  /** A summary or an excerpt: a paragraph or two. */
  summary: 3_000,
  /** Longer plain text: descriptions, advice, notes, disclaimers, review comments. */
  long: 10_000,
} as const

type SingleTextField = Extract<TextField, { hasMany?: false | undefined }>
type TextOptions = Omit<SingleTextField, 'type' | 'maxLength'>
type TextareaOptions = Omit<TextareaField, 'type' | 'maxLength'>

/**
 * A field's own `validate` replaces Payload's, which is where `maxLength` is checked: run Payload's
 * first (its length message, in the admin's language), then the field's own rule.
 */
function keepingLength(lengthCheck: Validate, own: Validate | undefined): Validate | undefined {
  if (!own) return undefined
  return (value, options) => {
    const length = lengthCheck(value, { ...options, required: false })
    return length === true ? own(value, options) : length
  }
}

function textOf(maxLength: number, field: TextOptions): TextField {
  const validate = keepingLength(text as Validate, field.validate as Validate | undefined)
  return { ...field, type: 'text', maxLength, ...(validate ? { validate } : {}) } as TextField
}

function textareaOf(maxLength: number, field: TextareaOptions): TextareaField {
  const validate = keepingLength(textarea as Validate, field.validate as Validate | undefined)
  return { ...field, type: 'textarea', maxLength, ...(validate ? { validate } : {}) } as TextareaField
}

/** One line of text: a title, a name, a label, an address line, alt text, a caption. */
export const lineText = (field: TextOptions): TextField => textOf(TEXT_LIMITS.line, field)

/** A web address (checked for http(s) by its own validate). */
export const urlText = (field: TextOptions): TextField => textOf(TEXT_LIMITS.url, field)

/** A summary or excerpt. */
export const summaryText = (field: TextareaOptions): TextareaField => textareaOf(TEXT_LIMITS.summary, field)

/** Longer plain text: a description, advice, notes, a disclaimer. */
export const longText = (field: TextareaOptions): TextareaField => textareaOf(TEXT_LIMITS.long, field)
