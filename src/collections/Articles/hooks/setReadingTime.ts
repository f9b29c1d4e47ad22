import type { CollectionBeforeChangeHook } from 'payload'

import type { Article } from '@/payload-types'

// Thai is written without spaces between words, so count characters for it and words otherwise.
const WORDS_PER_MINUTE = 200
const THAI_CHARACTERS_PER_MINUTE = 600
const THAI = /[\u0E00-\u0E7F]/g

function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children } = node as { text?: unknown; children?: unknown }
  const own = typeof text === 'string' ? text : ''
  const nested = Array.isArray(children) ? children.map(plainText).join(' ') : ''
  return `${own} ${nested}`
}

export function readingMinutes(text: string): number {
  const thaiCharacters = text.match(THAI)?.length ?? 0
  const words = text.replace(THAI, ' ').split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + thaiCharacters / THAI_CHARACTERS_PER_MINUTE))
}

/** Reading time, in the locale being saved, derived from the body: never typed by hand. */
export const setReadingTime: CollectionBeforeChangeHook<Article> = ({ data }) => {
  if (!data.body) return data
  return { ...data, readingTimeMinutes: readingMinutes(plainText(data.body.root)) }
}
