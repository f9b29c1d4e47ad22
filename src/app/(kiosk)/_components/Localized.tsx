'use client'

import type { ReactNode } from 'react'

import { pick } from '@/kiosk/text'
import type { ListRow, Localized, RichText } from '@/kiosk/types'
import { richTextToHtml } from '@/site/richTextToHtml'

import { useView } from './view'

/** The visible mark on English text shown to a Thai reader (the text itself carries lang="en"). */
export function EnglishOnly() {
  const { t, lang } = useView()
  return (
    <span className="k-english-only" lang={lang}>
      {t('englishOnly')}
    </span>
  )
}

type TextProps = {
  value: Localized<string>
  as?: 'p' | 'span' | 'h1' | 'h2' | 'h3' | 'strong' | 'div'
  className?: string
  id?: string
  tabIndex?: number
}

/** One localized string in the reader's language; English fallback marked. Nothing if empty. */
export function Text({ value, as: Tag = 'span', className, id, tabIndex }: TextProps) {
  const { lang } = useView()
  const picked = pick(value, lang)
  if (!picked.value) return null
  return (
    <Tag className={className} id={id} tabIndex={tabIndex} lang={picked.fellBack ? 'en' : undefined}>
      {picked.value}
      {picked.fellBack && <> <EnglishOnly /></>}
    </Tag>
  )
}

/** Lexical rich text through the repository's escaping renderer (safe for innerHTML). */
export function RichTextBlock({ value }: { value: Localized<RichText> }) {
  const { lang } = useView()
  const picked = pick(value, lang)
  const html = picked.value ? richTextToHtml(picked.value) : ''
  if (!html) return null
  return (
    <div className="k-rich-wrap">
      {picked.fellBack && <EnglishOnly />}
      <div className="k-rich" lang={picked.fellBack ? 'en' : undefined} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  )
}

/** A localized list (symptoms, red flags …): one language as a whole. */
export function List({ value, heading, className }: { value: Localized<ListRow[]>; heading: ReactNode; className?: string }) {
  const { lang } = useView()
  const picked = pick(value, lang)
  const rows = (picked.value ?? []).filter((row) => row.text)
  if (rows.length === 0) return null
  return (
    <section className={className ?? 'k-section'}>
      <h2>
        {heading}
        {picked.fellBack && <> <EnglishOnly /></>}
      </h2>
      <ul lang={picked.fellBack ? 'en' : undefined}>
        {rows.map((row, index) => (
          <li key={row.id ?? index}>{row.text}</li>
        ))}
      </ul>
    </section>
  )
}
