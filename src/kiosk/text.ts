/** Picking one language out of `locale=all` values, and ordering documents as readers expect. */
import { pickLocale } from '../site/fallback'
import type { KioskLanguage, Localized } from './types'

export type Picked<T> = {
  value: T | undefined
  /** The language the value is actually in: 'en' when a Thai reader gets the English fallback. */
  lang: KioskLanguage
  fellBack: boolean
}

export function pick<T>(value: Localized<T>, language: KioskLanguage): Picked<T> {
  const { value: picked, fellBack } = pickLocale<T>(value, language)
  return { value: picked, fellBack, lang: fellBack ? 'en' : language }
}

/** The plain string in one language (with English fallback), e.g. for sorting or labels. */
export const textOf = (value: Localized<string>, language: KioskLanguage): string => pick(value, language).value ?? ''

const collators: Partial<Record<KioskLanguage, Intl.Collator>> = {}

/** Documents in alphabetical order of their name in the reader's language (Thai collation for Thai). */
export function byName<T extends { name?: Localized<string> }>(docs: readonly T[], language: KioskLanguage): T[] {
  const collator = (collators[language] ??= new Intl.Collator(language === 'th' ? 'th-TH' : 'en-GB'))
  return [...docs].sort((a, b) => collator.compare(textOf(a.name, language), textOf(b.name, language)))
}
