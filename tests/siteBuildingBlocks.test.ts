import { describe, expect, it } from 'vitest'

import { sitePreview } from '../src/collections/sitePreview'
import { contactLinks } from '../src/site/contact'
import { fillFromEnglish, isEnglishOnly, pickLocale } from '../src/site/fallback'

describe('English fallback for Thai pages', () => {
  const english = {
    docs: [
      { id: 1, name: 'Sciatica', summary: 'Leg pain.', symptoms: [{ id: 'a', text: 'Pain' }], description: { root: { children: [] } }, recommendedMethods: [{ id: 7, name: 'Cupping' }] },
    ],
  }

  it('fills missing Thai fields from English and records exactly their paths', () => {
    const thai = { docs: [{ id: 1, name: 'ปวดร้าวลงขา', summary: null, symptoms: [], description: null, recommendedMethods: [{ id: 7, name: null }] }] }
    const englishOnly = new Set<string>()
    const merged = fillFromEnglish(thai, english, englishOnly) as typeof english
    expect(merged.docs[0]!.name).toBe('ปวดร้าวลงขา')
    expect(merged.docs[0]!.summary).toBe('Leg pain.')
    expect(merged.docs[0]!.symptoms).toEqual([{ id: 'a', text: 'Pain' }])
    expect(merged.docs[0]!.recommendedMethods[0]!.name).toBe('Cupping')
    expect([...englishOnly].sort()).toEqual(['docs.0.description', 'docs.0.recommendedMethods.0.name', 'docs.0.summary', 'docs.0.symptoms'])
  })

  it('leaves translated rich text and lists alone', () => {
    const thai = { docs: [{ ...english.docs[0]!, name: 'ชื่อ', summary: 'สรุป', symptoms: [{ id: 'b', text: 'ปวด' }], description: { root: { children: [{ text: 'ไทย' }] } } }] }
    const englishOnly = new Set<string>()
    const merged = fillFromEnglish(thai, english, englishOnly) as typeof thai
    expect(merged.docs[0]!.symptoms).toEqual([{ id: 'b', text: 'ปวด' }])
    expect(merged.docs[0]!.description).toEqual({ root: { children: [{ text: 'ไทย' }] } })
    expect(englishOnly.size).toBe(0)
  })

  it('counts everything under an English path as English', () => {
    const englishOnly = new Set(['address', 'docs.0.symptoms'])
    expect(isEnglishOnly(englishOnly, 'address.street')).toBe(true)
    expect(isEnglishOnly(englishOnly, 'docs.0.symptoms')).toBe(true)
    expect(isEnglishOnly(englishOnly, 'docs.0.symptomsExtra')).toBe(false)
    expect(isEnglishOnly(englishOnly, 'name')).toBe(false)
  })

  it('picks a language from locale=all values, saying when it fell back', () => {
    expect(pickLocale({ en: 'Cupping', th: 'ครอบแก้ว' }, 'th')).toEqual({ value: 'ครอบแก้ว', fellBack: false })
    expect(pickLocale({ en: 'Cupping', th: '' }, 'th')).toEqual({ value: 'Cupping', fellBack: true })
    expect(pickLocale({ en: 'Cupping' }, 'en')).toEqual({ value: 'Cupping', fellBack: false })
    expect(pickLocale(undefined, 'th')).toEqual({ value: undefined, fellBack: false })
  })
})

describe('contact links', () => {
  it('turns each channel into a link a phone can act on', () => {
    const links = contactLinks({ phone: '+66 2 000 0000', lineId: 'sample-clinic', whatsapp: '+66 80 000 0000', email: 'hello@example.com', bookingUrl: 'https://clinic.example.com/book' })
    expect(links.map(({ kind, href }) => [kind, href])).toEqual([
      ['phone', 'tel:+6620000000'],
      ['line', 'https://line.me/R/ti/p/%40sample-clinic'],
      ['whatsapp', 'https://wa.me/66800000000'],
      ['email', 'mailto:hello@example.com'],
      ['booking', 'https://clinic.example.com/book'],
    ])
    expect(contactLinks(null)).toEqual([])
  })
})

describe('preview links from the admin', () => {
  const { preview, livePreview } = sitePreview('conditions')
  const url = livePreview!.url as (args: { data: Record<string, unknown>; locale: { code: string } }) => string | null

  it('open the document’s page in the locale being edited, with drafts', () => {
    expect(preview!({ slug: 'sciatica' }, { locale: 'th', req: {} as never, token: null })).toBe('/th/conditions/sciatica?preview=1')
    expect(url({ data: { slug: 'neck-pain' }, locale: { code: 'en' } })).toBe('/en/conditions/neck-pain?preview=1')
  })

  it('are hidden until the document has a slug', () => {
    expect(url({ data: {}, locale: { code: 'th' } })).toBeNull()
  })
})
