import { describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { richTextToHtml, richTextToPlainText, type InternalLinkDoc } from '../src/site/richTextToHtml'

// --- Lexical node builders (the shapes Payload's editor stores) ---------------------------------

type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({ detail: 0, format, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const element = (type: string, children: Node[], extra: Node = {}): Node => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
const paragraph = (...children: Node[]): Node => element('paragraph', children, { textFormat: 0, textStyle: '' })
const heading = (tag: string, ...children: Node[]): Node => element('heading', children, { tag })
const quote = (...children: Node[]): Node => element('quote', children)
const item = (value: number, ...children: Node[]): Node => element('listitem', children, { value })
const checkItem = (value: number, checked: boolean | undefined, ...children: Node[]): Node => element('listitem', children, { value, checked })
const list = (listType: 'bullet' | 'number' | 'check', items: Node[], start = 1): Node =>
  element('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' })
const link = (fields: Node, ...children: Node[]): Node => element('link', children, { version: 3, id: '6650f1c2a1b2c3d4e5f60718', fields })
const customLink = (url: string, ...children: Node[]): Node => link({ url, newTab: false, linkType: 'custom' }, ...children)
const internalLink = (doc: Node, ...children: Node[]): Node => link({ newTab: false, linkType: 'internal', doc }, ...children)
const linebreak = (): Node => ({ type: 'linebreak', version: 1 })
const tab = (): Node => ({ detail: 2, format: 0, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 })
const horizontalRule = (): Node => ({ type: 'horizontalrule', version: 1 })
const upload = (value: unknown, fields: Node | null = null): Node => ({ type: 'upload', version: 3, format: '', id: 'u1', fields, relationTo: 'media', value })
const media = (extra: Node = {}): Node => ({
  id: 5,
  alt: 'Acupuncture needles in a tray',
  url: 'https://cms.example.com/api/media/file/needles.jpg',
  filename: 'needles.jpg',
  mimeType: 'image/jpeg',
  width: 1200,
  height: 800,
  ...extra,
})
const doc = (...children: Node[]): Node => ({ root: element('root', children) })

const html = (...children: Node[]): string => richTextToHtml(doc(...children))
const p = (...children: Node[]): string => html(paragraph(...children))

describe('richTextToHtml: blocks', () => {
  it('renders paragraphs, one after the other', () => {
    expect(html(paragraph(text('First.')), paragraph(text('Second.')))).toBe('<p>First.</p><p>Second.</p>')
  })

  it('keeps heading levels h2–h6 and renders h1 as h2 (the page owns the one h1)', () => {
    expect(html(heading('h1', text('Title')))).toBe('<h2>Title</h2>')
    for (const level of [2, 3, 4, 5, 6]) expect(html(heading(`h${level}`, text('Part')))).toBe(`<h${level}>Part</h${level}>`)
    expect(html(heading('h7', text('Odd')))).toBe('<h2>Odd</h2>')
    expect(html(element('heading', [text('No tag')]))).toBe('<h2>No tag</h2>')
  })

  it('renders a quote as a blockquote', () => {
    expect(html(quote(text('Needles are single-use.')))).toBe('<blockquote>Needles are single-use.</blockquote>')
  })

  it('renders a horizontal rule', () => {
    expect(html(paragraph(text('a')), horizontalRule(), paragraph(text('b')))).toBe('<p>a</p><hr><p>b</p>')
  })

  it('drops empty paragraphs, headings and quotes', () => {
    expect(html(paragraph(), heading('h2'), quote(), paragraph(text('')), paragraph(text('kept')))).toBe('<p>kept</p>')
  })

  it('ignores alignment and indent (no styles)', () => {
    expect(html(element('paragraph', [text('centred')], { format: 'center', indent: 2 }))).toBe('<p>centred</p>')
  })

  it('renders relationship and block nodes as nothing', () => {
    expect(
      html(
        paragraph(text('before')),
        { type: 'relationship', version: 2, relationTo: 'conditions', value: { id: 3, title: 'Back pain' } },
        { type: 'block', version: 2, fields: { blockType: 'callout', text: '<b>x</b>' } },
        paragraph(text('after')),
      ),
    ).toBe('<p>before</p><p>after</p>')
  })

  it('renders what the seed produces', () => {
    const value = richText(['Intro & more', '## What to expect', '- Rest', '- Ice', 'Done.'])
    expect(richTextToHtml(value)).toBe('<p>Intro &amp; more</p><h2>What to expect</h2><ul><li>Rest</li><li>Ice</li></ul><p>Done.</p>')
  })
})

describe('richTextToHtml: lists', () => {
  it('renders a bullet list as ul', () => {
    expect(html(list('bullet', [item(1, text('One')), item(2, text('Two'))]))).toBe('<ul><li>One</li><li>Two</li></ul>')
  })

  it('renders a numbered list as ol, with start only when it is not 1', () => {
    expect(html(list('number', [item(1, text('One')), item(2, text('Two'))]))).toBe('<ol><li>One</li><li>Two</li></ol>')
    expect(html(list('number', [item(3, text('Three'))], 3))).toBe('<ol start="3"><li>Three</li></ol>')
  })

  it('renders a check list as ul with role="checkbox" aria-checked items', () => {
    expect(html(list('check', [checkItem(1, true, text('Done')), checkItem(2, false, text('To do')), checkItem(3, undefined, text('Unset'))]))).toBe(
      '<ul><li role="checkbox" aria-checked="true">Done</li><li role="checkbox" aria-checked="false">To do</li>' +
        '<li role="checkbox" aria-checked="false">Unset</li></ul>',
    )
  })

  it('moves a nested list into the item before it', () => {
    const nested = list('bullet', [
      item(1, text('Fruit')),
      item(2, list('bullet', [item(1, text('Apple')), item(2, list('number', [item(1, text('Green'))]))])),
      item(2, text('Vegetables')),
    ])
    expect(html(nested)).toBe('<ul><li>Fruit<ul><li>Apple<ol><li>Green</li></ol></li></ul></li><li>Vegetables</li></ul>')
  })

  it('nests check lists the same way, the wrapper item getting no checkbox role', () => {
    const nested = list('check', [checkItem(1, true, text('Pack')), checkItem(2, false, list('check', [checkItem(1, false, text('Towel'))]))])
    expect(html(nested)).toBe(
      '<ul><li role="checkbox" aria-checked="true">Pack<ul><li role="checkbox" aria-checked="false">Towel</li></ul></li></ul>',
    )
  })

  it('keeps a nested list that has no item before it in an item of its own', () => {
    expect(html(list('bullet', [item(1, list('bullet', [item(1, text('Deep'))]))]))).toBe('<ul><li><ul><li>Deep</li></ul></li></ul>')
  })

  it('drops empty items and empty lists', () => {
    expect(html(list('bullet', [item(1), item(2, text('')), item(3, text('Kept'))]))).toBe('<ul><li>Kept</li></ul>')
    expect(html(list('bullet', []), list('number', [item(1)]))).toBe('')
  })

  it('falls back to the list tag when listType is missing', () => {
    expect(html(element('list', [item(1, text('x'))], { tag: 'ol' }))).toBe('<ol><li>x</li></ol>')
    expect(html(element('list', [item(1, text('x'))], { listType: 'weird' }))).toBe('<ul><li>x</li></ul>')
  })
})

describe('richTextToHtml: text', () => {
  it('maps each format bit to a semantic tag', () => {
    expect(p(text('b', 1))).toBe('<p><strong>b</strong></p>')
    expect(p(text('i', 2))).toBe('<p><em>i</em></p>')
    expect(p(text('s', 4))).toBe('<p><s>s</s></p>')
    expect(p(text('u', 8))).toBe('<p><u>u</u></p>')
    expect(p(text('c', 16))).toBe('<p><code>c</code></p>')
    expect(p(text('2', 32))).toBe('<p><sub>2</sub></p>')
    expect(p(text('2', 64))).toBe('<p><sup>2</sup></p>')
  })

  it('nests combined formats in a fixed order and ignores other bits', () => {
    expect(p(text('all', 127))).toBe('<p><strong><em><s><u><code><sub><sup>all</sup></sub></code></u></s></em></strong></p>')
    expect(p(text('bi', 2 | 1))).toBe('<p><strong><em>bi</em></strong></p>')
    expect(p(text('highlight', 128 | 8))).toBe('<p><u>highlight</u></p>')
    expect(p(text('odd', -1), text(' nan', Number.NaN), { type: 'text', text: ' str', format: 'bold' })).toBe('<p>odd nan str</p>')
  })

  it('renders mixed runs, line breaks and tabs', () => {
    expect(p(text('H'), text('2', 32), text('O is '), text('water', 1), linebreak(), tab(), text('indented'))).toBe(
      '<p>H<sub>2</sub>O is <strong>water</strong><br>\tindented</p>',
    )
  })

  it('passes Thai text through unchanged (NFC kept)', () => {
    const thai = 'การฝังเข็มปลอดภัยสำหรับฉันหรือไม่ ผู้ป่วยควรพักผ่อน ๑–๒ วัน'
    expect(thai.normalize('NFC')).toBe(thai)
    expect(html(heading('h2', text('คำถามที่พบบ่อย')), paragraph(text(thai)), paragraph(text('ข้อควรระวัง', 1)))).toBe(
      `<h2>คำถามที่พบบ่อย</h2><p>${thai}</p><p><strong>ข้อควรระวัง</strong></p>`,
    )
    expect(richTextToPlainText(doc(paragraph(text(thai))))).toBe(thai)
  })

  it('normalises text to NFC', () => {
    const decomposed = 'Cafe\u0301'
    expect(p(text(decomposed))).toBe('<p>Caf\u00e9</p>')
  })

  it('escapes markup, quotes and ampersands in text', () => {
    expect(p(text('<script>alert("x")</script> & \'quotes\''))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</p>',
    )
    expect(p(text('&amp; stays text', 1))).toBe('<p><strong>&amp;amp; stays text</strong></p>')
  })
})

describe('richTextToHtml: links', () => {
  it('links http, https, mailto, tel and site-relative URLs', () => {
    expect(p(customLink('https://www.who.int/health-topics', text('WHO')))).toBe('<p><a href="https://www.who.int/health-topics">WHO</a></p>')
    expect(p(customLink('http://example.com', text('x')))).toBe('<p><a href="http://example.com">x</a></p>')
    expect(p(customLink('mailto:desk@clinic.example', text('mail')))).toBe('<p><a href="mailto:desk@clinic.example">mail</a></p>')
    expect(p(customLink('tel:+6621234567', text('call')))).toBe('<p><a href="tel:+6621234567">call</a></p>')
    expect(p(customLink('/th/conditions/back-pain', text('ปวดหลัง')))).toBe('<p><a href="/th/conditions/back-pain">ปวดหลัง</a></p>')
    expect(p(customLink('  HTTPS://EXAMPLE.COM/  ', text('trimmed')))).toBe('<p><a href="HTTPS://EXAMPLE.COM/">trimmed</a></p>')
  })

  it('keeps formatting inside a link', () => {
    expect(p(text('See '), customLink('/faq', text('the '), text('FAQ', 1)), text('.'))).toBe('<p>See <a href="/faq">the <strong>FAQ</strong></a>.</p>')
  })

  it('escapes quotes, ampersands and markup in URLs', () => {
    expect(p(customLink('https://example.com/?a=1&b="2"&c=<x>\'', text('q')))).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=&quot;2&quot;&amp;c=&lt;x&gt;&#39;">q</a></p>',
    )
    expect(p(customLink('https://example.com/" onmouseover="alert(1)', text('attr')))).toBe(
      '<p><a href="https://example.com/&quot; onmouseover=&quot;alert(1)">attr</a></p>',
    )
  })

  it('drops javascript:, data: and other links but keeps their text', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/path',
      '/\\evil.example',
      '/\t/evil.example',
      'page.html',
      '#section',
      '',
    ]
    for (const url of unsafe) expect(p(customLink(url, text('Click <me>'))), url).toBe('<p>Click &lt;me&gt;</p>')
    expect(p(link({ linkType: 'custom' }, text('no url')))).toBe('<p>no url</p>')
    expect(p(link({ url: 42 }, text('number')))).toBe('<p>number</p>')
    expect(p(element('link', [text('no fields')]))).toBe('<p>no fields</p>')
  })

  it('opens newTab links in a new tab without an opener', () => {
    expect(p(link({ url: 'https://example.com', newTab: true, linkType: 'custom' }, text('ext')))).toBe(
      '<p><a href="https://example.com" target="_blank" rel="noopener noreferrer">ext</a></p>',
    )
  })

  it('renders autolinks like links', () => {
    const auto = element('autolink', [text('https://example.com')], { fields: { url: 'https://example.com', linkType: 'custom' } })
    expect(p(auto)).toBe('<p><a href="https://example.com">https://example.com</a></p>')
    const unsafe = element('autolink', [text('javascript:alert(1)')], { fields: { url: 'javascript:alert(1)' } })
    expect(p(unsafe)).toBe('<p>javascript:alert(1)</p>')
  })

  it('resolves internal links through resolveInternalLink', () => {
    const calls: InternalLinkDoc[] = []
    const resolveInternalLink = (target: InternalLinkDoc): string | null => {
      calls.push(target)
      const slug = typeof target.value === 'object' && target.value !== null ? (target.value as { slug?: string }).slug : undefined
      return slug ? `/th/${target.relationTo}/${slug}` : null
    }
    const populated = internalLink({ relationTo: 'conditions', value: { id: 7, slug: 'back-pain' } }, text('ปวดหลัง'))
    expect(richTextToHtml(doc(paragraph(populated)), { lang: 'th', resolveInternalLink })).toBe('<p><a href="/th/conditions/back-pain">ปวดหลัง</a></p>')
    expect(calls).toEqual([{ relationTo: 'conditions', value: { id: 7, slug: 'back-pain' } }])

    const newTab = link({ newTab: true, linkType: 'internal', doc: { relationTo: 'articles', value: { id: 1, slug: 'a&b' } } }, text('x'))
    expect(richTextToHtml(doc(paragraph(newTab)), { resolveInternalLink })).toBe(
      '<p><a href="/th/articles/a&amp;b" target="_blank" rel="noopener noreferrer">x</a></p>',
    )
  })

  it('renders unresolved internal links as plain text', () => {
    const byId = internalLink({ relationTo: 'conditions', value: 7 }, text('Back pain'))
    expect(richTextToHtml(doc(paragraph(byId)), { resolveInternalLink: () => null })).toBe('<p>Back pain</p>')
    expect(richTextToHtml(doc(paragraph(byId)))).toBe('<p>Back pain</p>')
    expect(richTextToHtml(doc(paragraph(byId)), { resolveInternalLink: () => 'javascript:alert(1)' })).toBe('<p>Back pain</p>')
    const noDoc = link({ linkType: 'internal', url: 'https://stale.example' }, text('no doc'))
    expect(richTextToHtml(doc(paragraph(noDoc)), { resolveInternalLink: () => '/x' })).toBe('<p>no doc</p>')
  })

  it('does not nest links and drops empty ones', () => {
    expect(p(customLink('/outer', text('a '), customLink('/inner', text('b'))))).toBe('<p><a href="/outer">a b</a></p>')
    expect(p(text('x'), customLink('/empty'))).toBe('<p>x</p>')
  })
})

describe('richTextToHtml: uploads', () => {
  it('renders a populated image with escaped alt, size and lazy loading', () => {
    expect(html(upload(media()))).toBe(
      '<img src="https://cms.example.com/api/media/file/needles.jpg" alt="Acupuncture needles in a tray" width="1200" height="800" loading="lazy">',
    )
    expect(html(upload(media({ alt: 'A "quoted" <b>alt</b> & more', url: '/api/media/file/a&b.png', width: null, height: undefined })))).toBe(
      '<img src="/api/media/file/a&amp;b.png" alt="A &quot;quoted&quot; &lt;b&gt;alt&lt;/b&gt; &amp; more" loading="lazy">',
    )
  })

  it('uses an empty alt when there is none, and the node’s own alt before the document’s', () => {
    expect(html(upload(media({ alt: undefined, width: 0, height: 1.5 })))).toBe(
      '<img src="https://cms.example.com/api/media/file/needles.jpg" alt="" loading="lazy">',
    )
    expect(html(upload(media(), { alt: 'Override' }))).toContain(' alt="Override" ')
  })

  it('reads a localized alt and caption in lang, falling back to English', () => {
    const localized = media({ alt: { en: 'Needles', th: 'เข็ม' }, caption: { en: 'Sterile needles', th: '' } })
    expect(richTextToHtml(doc(upload(localized)), { lang: 'th' })).toBe(
      '<figure><img src="https://cms.example.com/api/media/file/needles.jpg" alt="เข็ม" width="1200" height="800" loading="lazy">' +
        '<figcaption>Sterile needles</figcaption></figure>',
    )
  })

  it('wraps an image with a caption in a figure at block level only', () => {
    const captioned = media({ caption: 'Photo <1>', width: undefined, height: undefined })
    const src = 'https://cms.example.com/api/media/file/needles.jpg'
    expect(html(upload(captioned))).toBe(
      `<figure><img src="${src}" alt="Acupuncture needles in a tray" loading="lazy"><figcaption>Photo &lt;1&gt;</figcaption></figure>`,
    )
    expect(p(text('Inline: '), upload(captioned))).toBe(`<p>Inline: <img src="${src}" alt="Acupuncture needles in a tray" loading="lazy"></p>`)
  })

  it('skips unpopulated uploads, unsafe image URLs and non-images', () => {
    expect(html(paragraph(text('a')), upload(5), upload('6650f1c2a1b2c3d4e5f60720'), upload(null), paragraph(text('b')))).toBe('<p>a</p><p>b</p>')
    expect(html(upload(media({ url: 'javascript:alert(1)' })))).toBe('')
    expect(html(upload(media({ url: 'data:image/png;base64,AAAA' })))).toBe('')
    expect(html(upload(media({ url: 'mailto:x@example.com' })))).toBe('')
    expect(html(upload(media({ url: '//evil.example/x.jpg' })))).toBe('')
    expect(html(upload(media({ url: undefined })))).toBe('')
    expect(html(upload(media({ mimeType: 'application/pdf', url: '/api/media/file/x.pdf' })))).toBe('')
  })
})

describe('richTextToHtml: invalid and unknown input', () => {
  it('returns an empty string for anything that is not rich text', () => {
    for (const value of [null, undefined, '', 'text', 42, true, [], {}, { root: null }, { root: 'x' }, { root: { children: 'x' } }]) {
      expect(richTextToHtml(value)).toBe('')
      expect(richTextToPlainText(value)).toBe('')
    }
  })

  it('accepts a root node itself', () => {
    expect(richTextToHtml(element('root', [paragraph(text('x'))]))).toBe('<p>x</p>')
  })

  it('reads a localized value (?locale=all) in lang, falling back to English', () => {
    const value = { en: doc(paragraph(text('Hello'))), th: doc(paragraph(text('สวัสดี'))) }
    expect(richTextToHtml(value, { lang: 'th' })).toBe('<p>สวัสดี</p>')
    expect(richTextToHtml(value)).toBe('<p>Hello</p>')
    expect(richTextToHtml({ en: value.en, th: null }, { lang: 'th' })).toBe('<p>Hello</p>')
    expect(richTextToPlainText(value, { lang: 'th' })).toBe('สวัสดี')
  })

  it('renders the children of unknown inline nodes', () => {
    expect(p(text('a '), element('mark', [text('marked', 1)], { ids: ['c1'] }), text(' b'), { type: 'inlineBlock', fields: {} })).toBe(
      '<p>a <strong>marked</strong> b</p>',
    )
  })

  it('renders unknown blocks as their content, loose text in a paragraph', () => {
    expect(html(element('callout', [text('Careful <now>')]))).toBe('<p>Careful &lt;now&gt;</p>')
    expect(html(element('container', [paragraph(text('inner')), horizontalRule()]))).toBe('<p>inner</p><hr>')
    expect(html({ type: 'mystery' }, { type: 'mystery', children: [] }, { type: 'mystery', text: '<raw>' })).toBe('')
    expect(richTextToHtml({ root: { type: 'root', children: [text('loose'), linebreak(), text('text')] } })).toBe('<p>loose<br>text</p>')
  })

  it('does not throw on malformed nodes', () => {
    const malformed = doc(
      null as unknown as Node,
      'string' as unknown as Node,
      [paragraph(text('in array'))] as unknown as Node,
      { children: [text('no type')] },
      paragraph(null as unknown as Node, text('ok'), 7 as unknown as Node),
      element('paragraph', 'x' as unknown as Node[]),
      element('list', [null as unknown as Node, text('loose item'), paragraph(text('para item'))]),
      element('heading', [text('h')], { tag: { evil: true } }),
      { type: 'text', text: { toString: () => '<x>' } },
      { type: 'upload', value: { url: 42, alt: ['x'] } },
      element('listitem', [text('lone item')]),
    )
    expect(() => richTextToHtml(malformed)).not.toThrow()
    expect(richTextToHtml(malformed)).toBe(
      '<p>no type</p><p>ok</p><ul><li>loose item</li><li>para item</li></ul><h2>h</h2><ul><li>lone item</li></ul>',
    )
    expect(() => richTextToPlainText(malformed)).not.toThrow()
  })

  it('survives very deep nesting', () => {
    let node: Node = text('deep')
    for (let i = 0; i < 10_000; i++) node = element('wrapper', [node])
    expect(() => richTextToHtml(doc(paragraph(node)))).not.toThrow()
    expect(richTextToHtml(doc(paragraph(node)))).toBe('')
    let shallow: Node = text('shallow')
    for (let i = 0; i < 10; i++) shallow = element('wrapper', [shallow])
    expect(richTextToHtml(doc(paragraph(shallow)))).toBe('<p>shallow</p>')
  })
})

describe('richTextToPlainText', () => {
  it('joins blocks with blank lines, list items on lines of their own', () => {
    const value = doc(
      heading('h1', text('Back pain')),
      paragraph(text('Most back pain '), text('gets better', 1), text(' on its own.')),
      paragraph(),
      list('bullet', [item(1, text('Rest')), item(2, list('bullet', [item(1, text('Not too long'))])), item(2, text('Walk'))]),
      upload(media()),
      horizontalRule(),
      quote(text('Line one'), linebreak(), text('line two')),
      paragraph(text('See '), customLink('javascript:alert(1)', text('<this>')), tab(), text('& that')),
    )
    expect(richTextToPlainText(value)).toBe(
      'Back pain\n\nMost back pain gets better on its own.\n\nRest\nNot too long\nWalk\n\nLine one\nline two\n\nSee <this>\t& that',
    )
  })

  it('reads what the seed produces', () => {
    expect(richTextToPlainText(richText(['Intro', '## Heading', '- a', '- b', 'End']))).toBe('Intro\n\nHeading\n\na\nb\n\nEnd')
  })
})
