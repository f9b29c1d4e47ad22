import { DOMParser } from '@xmldom/xmldom'
import { describe, expect, it } from 'vitest'

import { richText } from '../src/seed/lexical'
import { fromSegments, toSegments, type LexicalNode, type RichTextValue } from '../src/translation/richText'
import {
  XLIFF_NAMESPACE,
  XliffFormatError,
  canonicalInline,
  fromXliffId,
  isNmtoken,
  parseXliff,
  writeXliff,
  xliffId,
  type XliffDocument,
} from '../src/translation/xliff'

// --- Lexical node builders (the shapes Payload's editor stores) ---------------------------------

const text = (value: string, format = 0, extra: Record<string, unknown> = {}): LexicalNode => ({
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
  type: 'text',
  version: 1,
  ...extra,
})
const element = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  type,
  version: 1,
  ...extra,
})
const paragraph = (...children: LexicalNode[]): LexicalNode => element('paragraph', children, { textFormat: 0, textStyle: '' })
const heading = (tag: string, ...children: LexicalNode[]): LexicalNode => element('heading', children, { tag })
const quote = (...children: LexicalNode[]): LexicalNode => element('quote', children)
const item = (value: number, ...children: LexicalNode[]): LexicalNode => element('listitem', children, { value })
const list = (listType: 'bullet' | 'number', ...items: LexicalNode[]): LexicalNode =>
  element('list', items, { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' })
const link = (url: string, ...children: LexicalNode[]): LexicalNode =>
  element('link', children, { version: 3, id: '6650f1c2a1b2c3d4e5f60718', fields: { url, newTab: true, linkType: 'custom' } })
const internalLink = (...children: LexicalNode[]): LexicalNode =>
  element('link', children, { version: 3, id: '6650f1c2a1b2c3d4e5f60719', fields: { newTab: false, linkType: 'internal', doc: { relationTo: 'conditions', value: 7 } } })
const linebreak = (): LexicalNode => ({ type: 'linebreak', version: 1 })
const tab = (): LexicalNode => ({ detail: 2, format: 0, mode: 'normal', style: '', text: '\t', type: 'tab', version: 1 })
const upload = (): LexicalNode => ({ type: 'upload', version: 3, format: '', id: '6650f1c2a1b2c3d4e5f60720', fields: null, relationTo: 'media', value: 5 })
const horizontalRule = (): LexicalNode => ({ type: 'horizontalrule', version: 1 })
const doc = (...children: LexicalNode[]): RichTextValue => ({ root: element('root', children) })

const BOLD = 1
const ITALIC = 2
const STRIKE = 4
const UNDERLINE = 8
const SUPERSCRIPT = 64

const fmt = (id: string, subType: string, inner: string): string => `<pc id="${id}" type="fmt" subType="${subType}">${inner}</pc>`

/** The targets that say exactly what the source says. */
const identity = (value: RichTextValue): Record<string, string> => Object.fromEntries(toSegments(value).map((segment) => [segment.id, segment.xml]))

/** A document with every node shape we use. */
function everything(): RichTextValue {
  return doc(
    heading('h2', text('What is diabetes?')),
    paragraph(text('Diabetes is a '), text('long-term', BOLD), text(' condition. '), text('Read more', BOLD | ITALIC), text(' here.')),
    paragraph(text('เบาหวานเป็นโรคเรื้อรัง ที่ต้องดูแลต่อเนื่อง')),
    list('bullet', item(1, text('Thirst')), item(2, text('Tiredness'), list('bullet', item(1, text('in the morning')), item(2, text('after meals'))))),
    list('number', item(1, text('Check your '), text('blood sugar', UNDERLINE)), item(2, text('Eat well'))),
    upload(),
    paragraph(text('See '), link('https://www.example.org/a?b=1&c=2', text('the guide', ITALIC)), text(' or '), internalLink(text('our page')), text('.')),
    paragraph(text('Line one'), linebreak(), text('Line two', STRIKE), tab(), text('x', SUPERSCRIPT)),
    quote(text('“Quoted” & <escaped>')),
    horizontalRule(),
    paragraph(text('red', 0, { style: 'color: red' }), text(' and plain')),
    paragraph(),
    paragraph(text('   ')),
  )
}

function wellFormed(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message)
    },
  }).parseFromString(xml, 'text/xml') as unknown as Document
}

function formatError(xml: string): XliffFormatError {
  try {
    parseXliff(xml)
  } catch (error) {
    expect(error).toBeInstanceOf(XliffFormatError)
    return error as XliffFormatError
  }
  throw new Error('expected parseXliff to throw')
}

// --- Rich text → segments --------------------------------------------------------------------

describe('rich text to segments', () => {
  it('makes one segment per paragraph, in English and Thai, with position ids', () => {
    const segments = toSegments(doc(paragraph(text('Hello world')), paragraph(text('สวัสดีครับ'))))
    expect(segments).toEqual([
      { id: 'b0', xml: 'Hello world', text: 'Hello world', data: {} },
      { id: 'b1', xml: 'สวัสดีครับ', text: 'สวัสดีครับ', data: {} },
    ])
  })

  it('accepts the root node as well as the value, and nothing at all', () => {
    const value = doc(paragraph(text('Hello')))
    expect(toSegments(value.root)).toEqual(toSegments(value))
    expect(toSegments(null)).toEqual([])
    expect(toSegments(undefined)).toEqual([])
  })

  it('gives headings, list items and nested list items their own segments', () => {
    const segments = toSegments(everything())
    expect(segments.map((segment) => [segment.id, segment.text])).toEqual([
      ['b0', 'What is diabetes?'],
      ['b1', 'Diabetes is a long-term condition. Read more here.'],
      ['b2', 'เบาหวานเป็นโรคเรื้อรัง ที่ต้องดูแลต่อเนื่อง'],
      ['b3.0', 'Thirst'],
      ['b3.1', 'Tiredness'],
      ['b3.1.1.0', 'in the morning'],
      ['b3.1.1.1', 'after meals'],
      ['b4.0', 'Check your blood sugar'],
      ['b4.1', 'Eat well'],
      ['b6', 'See the guide or our page.'],
      ['b7', 'Line one\nLine two\tx'],
      ['b8', '“Quoted” & <escaped>'],
      ['b10', 'red and plain'],
    ])
  })

  it('handles Lexical-style nesting (a list item that only wraps the nested list)', () => {
    const value = doc(list('bullet', item(1, text('Parent')), item(2, list('bullet', item(1, text('Child'))))))
    expect(toSegments(value).map((segment) => segment.id)).toEqual(['b0.0', 'b0.1.0.0'])
    expect(fromSegments(value, identity(value))).toEqual({ root: value, errors: [] })
  })

  it('wraps formatted runs in <pc> codes with XLIFF format subtypes, nested for combined formats', () => {
    const [segment] = toSegments(
      doc(paragraph(text('a'), text('bold', BOLD), text('both', BOLD | ITALIC), text('under', UNDERLINE), text('strike', STRIKE), text('sup', SUPERSCRIPT))),
    )
    expect(segment!.xml).toBe(
      'a' +
        fmt('b0-1', 'xlf:b', `bold${fmt('b0-2', 'xlf:i', 'both')}`) +
        fmt('b0-3', 'xlf:u', 'under') +
        fmt('b0-4', 'clinic:s', 'strike') +
        fmt('b0-5', 'clinic:sup', 'sup'),
    )
  })

  it('marks links with their URL in original data, and line breaks and tabs as placeholders', () => {
    const segments = toSegments(everything())
    const links = segments.find((segment) => segment.id === 'b6')!
    expect(links.xml).toBe(
      'See <pc id="b6-1" type="link" dataRefStart="b6-d1">' +
        fmt('b6-2', 'xlf:i', 'the guide') +
        '</pc> or <pc id="b6-3" type="link" dataRefStart="b6-d3">our page</pc>.',
    )
    expect(links.data).toEqual({ 'b6-d1': 'https://www.example.org/a?b=1&c=2', 'b6-d3': 'internal:conditions/7' })
    expect(segments.find((segment) => segment.id === 'b7')!.xml).toBe(
      'Line one<ph id="b7-1" type="fmt" subType="xlf:lb"/>' +
        // A placeholder does not close the formatting around it.
        fmt('b7-2', 'clinic:s', 'Line two<ph id="b7-3" type="fmt" subType="clinic:tab"/>') +
        fmt('b7-4', 'clinic:sup', 'x'),
    )
  })

  it('escapes markup characters and keeps a styled text node as a code of its own', () => {
    const segments = toSegments(everything())
    expect(segments.find((segment) => segment.id === 'b8')!.xml).toBe('“Quoted” &amp; &lt;escaped&gt;')
    expect(segments.find((segment) => segment.id === 'b10')!.xml).toBe('<pc id="b10-1" type="fmt" subType="clinic:style">red</pc> and plain')
  })

  it('gives code ids that are unique across the segments of a unit and distinct from segment ids', () => {
    const segments = toSegments(everything())
    const ids = [...segments.map((segment) => segment.id), ...segments.flatMap((segment) => [...segment.xml.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!))]
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.every(isNmtoken)).toBe(true)
  })

  it('normalises text to NFC and never trims or collapses whitespace', () => {
    const decomposed = 'Cafe\u0301 \u0E1B\u0E48\u0E39'
    const [segment] = toSegments(doc(paragraph(text(`  two  spaces${decomposed}\nnew line `))))
    expect(segment!.text).toBe(`  two  spaces${decomposed.normalize('NFC')}\nnew line `)
    expect(segment!.xml).toBe(segment!.text)
    expect(segment!.xml).toContain('Caf\u00E9 \u0E1B\u0E39\u0E48')
  })
})

// --- Segments → rich text --------------------------------------------------------------------

describe('segments back to rich text', () => {
  it('round-trips every node shape exactly', () => {
    const source = everything()
    const result = fromSegments(source, identity(source))
    expect(result.errors).toEqual([])
    expect(result.root).toEqual(source)
    // Keys even keep their order: the JSON is the same text.
    expect(JSON.stringify(result.root)).toBe(JSON.stringify(source))
  })

  it('round-trips the seed content and the root node alone', () => {
    const seed = richText(['## Symptoms', 'Most people feel thirsty.', '- Thirst', '- Tiredness', 'See a doctor & rest.']) as unknown as RichTextValue
    expect(fromSegments(seed, identity(seed))).toEqual({ root: seed, errors: [] })
    expect(fromSegments(seed.root, identity(seed))).toEqual({ root: seed.root, errors: [] })
  })

  it('does not alter the source', () => {
    const source = everything()
    const before = structuredClone(source)
    fromSegments(source, { ...identity(source), b0: 'เบาหวานคืออะไร' })
    expect(source).toEqual(before)
  })

  it('rebuilds a translated formatted segment with the codes kept', () => {
    const source = doc(paragraph(text('Diabetes is a '), text('long-term', BOLD), text(' condition.')))
    const result = fromSegments(source, { b0: `เบาหวานเป็นโรค${fmt('b0-1', 'xlf:b', 'เรื้อรัง')}ชนิดหนึ่ง` })
    expect(result.errors).toEqual([])
    expect(result.root).toEqual(doc(paragraph(text('เบาหวานเป็นโรค'), text('เรื้อรัง', BOLD), text('ชนิดหนึ่ง'))))
  })

  it('accepts reordered and renested codes (Thai word order differs)', () => {
    const source = doc(paragraph(text('Read more', BOLD | ITALIC), text(' and '), text('this', UNDERLINE), text('.')))
    // Source: <pc 1 b><pc 2 i>Read more</pc></pc> and <pc 3 u>this</pc>.
    const target = `${fmt('b0-3', 'xlf:u', 'อันนี้')}และ${fmt('b0-2', 'xlf:i', `อ่าน${fmt('b0-1', 'xlf:b', 'เพิ่มเติม')}`)}`
    const result = fromSegments(source, { b0: target })
    expect(result.errors).toEqual([])
    expect(result.root).toEqual(doc(paragraph(text('อันนี้', UNDERLINE), text('และ'), text('อ่าน', ITALIC), text('เพิ่มเติม', BOLD | ITALIC))))
  })

  it('accepts dropped codes and <sc/>/<ec/> pairs in place of a <pc>', () => {
    const source = doc(paragraph(text('Very', BOLD), text(' '), text('important', ITALIC)))
    const result = fromSegments(source, { b0: '<sc id="b0-2"/>สำคัญ<ec startRef="b0-2"/>มาก' })
    expect(result.errors).toEqual([])
    expect(result.root).toEqual(doc(paragraph(text('สำคัญ', ITALIC), text('มาก'))))
  })

  it('restores links (with all their fields) and line breaks from the code ids', () => {
    const source = everything()
    const targets = {
      ...identity(source),
      b6: 'ดู<pc id="b6-3" type="link" dataRefStart="b6-d3">หน้าของเรา</pc>หรือ<pc id="b6-1" type="link" dataRefStart="b6-d1">' + fmt('b6-2', 'xlf:i', 'คู่มือ') + '</pc>',
      b7: `บรรทัดสอง<ph id="b7-1" type="fmt" subType="xlf:lb"/>บรรทัดหนึ่ง`,
    }
    const result = fromSegments(source, targets)
    expect(result.errors).toEqual([])
    const children = (result.root as RichTextValue).root.children!
    expect(children[6]).toEqual(
      paragraph(text('ดู'), internalLink(text('หน้าของเรา')), text('หรือ'), link('https://www.example.org/a?b=1&c=2', text('คู่มือ', ITALIC))),
    )
    expect(children[7]).toEqual(paragraph(text('บรรทัดสอง'), linebreak(), text('บรรทัดหนึ่ง')))
    // Blocks without text are copied from the source.
    expect(children[5]).toEqual(upload())
    expect(children[9]).toEqual(horizontalRule())
  })

  it('keeps the list structure and block attributes of the source', () => {
    const source = everything()
    const targets = { ...identity(source), 'b3.1': 'เหนื่อยล้า', 'b3.1.1.0': 'ในตอนเช้า', 'b4.0': `ตรวจ${fmt('b4.0-1', 'xlf:u', 'น้ำตาลในเลือด')}` }
    const result = fromSegments(source, targets)
    expect(result.errors).toEqual([])
    const children = (result.root as RichTextValue).root.children!
    expect(children[3]).toEqual(list('bullet', item(1, text('Thirst')), item(2, text('เหนื่อยล้า'), list('bullet', item(1, text('ในตอนเช้า')), item(2, text('after meals'))))))
    expect(children[4]).toEqual(list('number', item(1, text('ตรวจ'), text('น้ำตาลในเลือด', UNDERLINE)), item(2, text('Eat well'))))
  })

  it('gives a styled run its text node properties back', () => {
    const source = doc(paragraph(text('red', BOLD, { style: 'color: red' }), text(' and plain')))
    const result = fromSegments(source, { b0: `ธรรมดา และ${fmt('b0-1', 'xlf:b', fmt('b0-2', 'clinic:style', 'สีแดง'))}` })
    expect(result.errors).toEqual([])
    expect(result.root).toEqual(doc(paragraph(text('ธรรมดา และ'), text('สีแดง', BOLD, { style: 'color: red' }))))
  })

  it('normalises translated text to NFC and keeps its whitespace', () => {
    const source = doc(paragraph(text('Grandfather')))
    const result = fromSegments(source, { b0: '  \u0E1B\u0E48\u0E39  \n' })
    expect(result.root).toEqual(doc(paragraph(text('  \u0E1B\u0E39\u0E48  \n'))))
  })

  it('reports a code that is not in the source segment, naming the segment', () => {
    const source = doc(paragraph(text('one')), paragraph(text('Very', BOLD), text(' good')))
    const result = fromSegments(source, { b0: 'หนึ่ง', b1: `${fmt('b1-1', 'xlf:b', 'ดี')}${fmt('b1-7', 'xlf:i', 'มาก')}` })
    expect(result.errors).toEqual(['segment b1: code "b1-7" is not in the source segment'])
    // A code of another segment is not one of this segment's either.
    expect(fromSegments(source, { b0: fmt('b1-1', 'xlf:b', 'หนึ่ง'), b1: 'ดี' }).errors).toEqual(['segment b0: code "b1-1" is not in the source segment'])
  })

  it('reports unbalanced markup, naming the segment', () => {
    const source = doc(paragraph(text('one')), paragraph(text('Very', BOLD), text(' good')))
    const unclosed = fromSegments(source, { b0: 'หนึ่ง', b1: '<pc id="b1-1" type="fmt" subType="xlf:b">ดีมาก' })
    expect(unclosed.errors).toHaveLength(1)
    expect(unclosed.errors[0]).toMatch(/^segment b1: malformed inline markup: /)
    const stray = fromSegments(source, { b0: 'หนึ่ง', b1: 'ดี</pc>มาก' })
    expect(stray.errors[0]).toMatch(/^segment b1: malformed inline markup: /)
    const sc = fromSegments(source, { b0: 'หนึ่ง', b1: '<sc id="b1-1"/>ดีมาก' })
    expect(sc.errors).toEqual(['segment b1: unbalanced markup: <sc id="b1-1"/> is never closed'])
    const ec = fromSegments(source, { b0: 'หนึ่ง', b1: 'ดี<ec startRef="b1-1"/>มาก' })
    expect(ec.errors).toEqual(['segment b1: unbalanced markup: <ec startRef="b1-1"/> has no matching <sc/>'])
  })

  it('reports missing, unknown, duplicated and mismatched codes and segments', () => {
    const source = doc(paragraph(text('Very', BOLD), text(' good')), paragraph(text('one'), linebreak(), text('two')))
    const result = fromSegments(source, {
      b0: `${fmt('b0-1', 'xlf:b', 'ดี')}${fmt('b0-1', 'xlf:b', 'มาก')}`,
      b1: '<pc id="b1-1">หนึ่ง</pc>สอง',
      b9: 'ไม่มี',
    })
    expect(result.errors).toEqual([
      'segment b9: there is no such segment in the source',
      'segment b0: code "b0-1" is used more than once',
      'segment b1: code "b1-1" is a <ph> in the source but a <pc> in the target',
    ])
    expect(fromSegments(source, { b0: 'ดีมาก' }).errors).toEqual(['segment b1: no translation'])
    expect(fromSegments(source, { b0: ' <pc id="b0-1"> </pc>', b1: '<ph id="b1-1"/>' }).errors).toEqual([
      'segment b0: the translation is empty',
      'segment b1: the translation is empty',
    ])
  })

  it('keeps the source content of a segment in error (the caller rejects the unit)', () => {
    const source = doc(paragraph(text('one')), paragraph(text('two')))
    const result = fromSegments(source, { b0: 'หนึ่ง', b1: '<pc id="x">สอง</pc>' })
    expect(result.errors).toHaveLength(1)
    expect(result.root).toEqual(doc(paragraph(text('หนึ่ง')), paragraph(text('two'))))
  })

  it('leaves an empty field empty', () => {
    expect(fromSegments(null, {})).toEqual({ root: null, errors: [] })
  })
})

// --- XLIFF writer and parser -----------------------------------------------------------------

function sampleDocument(): XliffDocument {
  const source = everything()
  const segments = toSegments(source)
  return {
    srcLang: 'en',
    trgLang: 'th',
    files: [
      {
        id: 'articles:12',
        original: 'articles/12',
        notes: [{ category: 'context', content: 'Article "Diabetes" <draft> & more' }],
        units: [
          {
            id: 'articles:12:title',
            name: 'title',
            notes: [{ category: 'label', content: 'Title' }],
            segments: [{ id: 's1', source: 'Diabetes &amp; you', target: 'เบาหวานกับคุณ', state: 'translated' }],
          },
          {
            id: 'articles:12:body',
            name: 'body',
            originalData: Object.assign({}, ...segments.map((segment) => segment.data)),
            segments: segments.map((segment) => ({ id: segment.id, source: segment.xml, target: null })),
          },
        ],
      },
    ],
  }
}

describe('XLIFF writer', () => {
  it('writes a well-formed XLIFF 2.0 document with the expected structure', () => {
    const xml = writeXliff(sampleDocument())
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="th">')).toBe(true)
    const document = wellFormed(xml)
    const root = document.documentElement
    expect(root.localName).toBe('xliff')
    expect(root.namespaceURI).toBe(XLIFF_NAMESPACE)
    expect([root.getAttribute('version'), root.getAttribute('srcLang'), root.getAttribute('trgLang')]).toEqual(['2.0', 'en', 'th'])
    const files = root.getElementsByTagNameNS(XLIFF_NAMESPACE, 'file')
    expect(files.length).toBe(1)
    expect(files[0]!.getAttribute('id')).toBe('articles:12')
    const units = document.getElementsByTagNameNS(XLIFF_NAMESPACE, 'unit')
    expect([...Array.from(units)].map((unit) => unit.getAttribute('id'))).toEqual(['articles:12:title', 'articles:12:body'])
    const [title, body] = [units[0]!, units[1]!]
    const childNames = (node: Element): string[] => Array.from(node.childNodes).filter((child): child is Element => child.nodeType === 1).map((child) => child.localName)
    expect(childNames(title)).toEqual(['notes', 'segment'])
    expect(childNames(body)).toEqual(['originalData', ...toSegments(everything()).map(() => 'segment')])
    const titleSegment = title.getElementsByTagNameNS(XLIFF_NAMESPACE, 'segment')[0]!
    expect(childNames(titleSegment)).toEqual(['source', 'target'])
    expect(titleSegment.getAttribute('state')).toBe('translated')
    const source = titleSegment.getElementsByTagNameNS(XLIFF_NAMESPACE, 'source')[0]!
    expect(source.getAttribute('xml:space')).toBe('preserve')
    expect(source.textContent).toBe('Diabetes & you')
    expect(childNames(body.getElementsByTagNameNS(XLIFF_NAMESPACE, 'segment')[0]!)).toEqual(['source'])
    const data = body.getElementsByTagNameNS(XLIFF_NAMESPACE, 'data')
    expect(Array.from(data).map((node) => [node.getAttribute('id'), node.textContent])).toEqual([
      ['b6-d1', 'https://www.example.org/a?b=1&c=2'],
      ['b6-d3', 'internal:conditions/7'],
    ])
  })

  it('is stable through writer → parser → writer, and a re-imported source equals a fresh export', () => {
    const xml = writeXliff(sampleDocument())
    const parsed = parseXliff(xml)
    expect(parsed.files[0]!.units.every((unit) => unit.errors.length === 0)).toBe(true)
    expect(writeXliff({ srcLang: parsed.srcLang, trgLang: parsed.trgLang, files: parsed.files })).toBe(xml)
    const body = parsed.files[0]!.units[1]!
    expect(body.segments.map((segment) => [segment.id, segment.source])).toEqual(toSegments(everything()).map((segment) => [segment.id, segment.xml]))
    expect(body.originalData).toEqual(sampleDocument().files[0]!.units[1]!.originalData)
    expect(parsed.files[0]!.notes).toEqual([{ category: 'context', content: 'Article "Diabetes" <draft> & more' }])
  })

  it('keeps special characters, Thai (in NFC) and whitespace exactly', () => {
    const tricky = `  & < > " ' ]]> two  spaces\nnew line\r\nCRLF\ttab ที่ \u0E1B\u0E48\u0E39 `
    const escaped = tricky.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
    const xml = writeXliff({
      srcLang: 'en',
      trgLang: 'th',
      files: [
        {
          id: 'f',
          units: [
            {
              id: 'u',
              name: `name with "quotes" & <angles>\tand\ttabs`,
              notes: [{ category: 'a"b', content: tricky }],
              segments: [{ id: 's', source: escaped, target: escaped }],
            },
          ],
        },
      ],
    })
    wellFormed(xml)
    const unit = parseXliff(xml).files[0]!.units[0]!
    const nfc = tricky.normalize('NFC')
    expect(nfc).not.toBe(tricky)
    expect(unit.name).toBe(`name with "quotes" & <angles>\tand\ttabs`)
    expect(unit.notes).toEqual([{ category: 'a"b', content: nfc }])
    const segment = unit.segments[0]!
    const expected = nfc.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
    expect(segment.source).toBe(expected)
    expect(segment.target).toBe(expected)
  })

  it('writes characters XML cannot carry as <cp/> and reads them back', () => {
    const value = doc(paragraph(text('page\u000Bbreak')))
    const [segment] = toSegments(value)
    expect(segment!.xml).toBe('page<cp hex="000B"/>break')
    const xml = writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'f', units: [{ id: 'u', segments: [{ id: segment!.id, source: segment!.xml, target: segment!.xml }] }] }] })
    const parsed = parseXliff(xml).files[0]!.units[0]!.segments[0]!
    expect(parsed.source).toBe(segment!.xml)
    expect(fromSegments(value, { b0: parsed.target! })).toEqual({ root: value, errors: [] })
  })

  it('maps ids to NMTOKENs reversibly', () => {
    for (const raw of ['articles:12:body', 'conditions:3:symptoms.2.text', 'pages/about us', 'ไทย', '_x0041_', 'a_b']) {
      const id = xliffId(raw)
      expect(isNmtoken(id)).toBe(true)
      expect(fromXliffId(id)).toBe(raw)
    }
    expect(xliffId('articles:12:body')).toBe('articles:12:body')
    expect(xliffId('pages/about us')).toBe('pages_x002F_about_x0020_us')
    const xml = writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'pages/1', units: [{ id: 'pages/1 title', segments: [{ id: 's1', source: 'x' }] }] }] })
    expect(xml).toContain('<unit id="pages_x002F_1_x0020_title">')
    expect(parseXliff(xml).files[0]).toMatchObject({ id: 'pages/1', units: [{ id: 'pages/1 title' }] })
  })

  it('refuses input that cannot make a valid document', () => {
    const unit = { id: 'u', segments: [{ id: 's', source: 'x' }] }
    expect(() => writeXliff({ srcLang: 'en', trgLang: 'th', files: [] })).toThrow(/at least one file/)
    expect(() => writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'f', units: [{ id: 'u', segments: [] }] }] })).toThrow(/no segments/)
    expect(() => writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'f', units: [unit, unit] }] })).toThrow(/duplicate unit id/)
    expect(() => writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'f', units: [{ id: 'u', segments: [{ id: 's', source: '<pc id="1">x' }] }] }] })).toThrow(
      /source of segment "s"/,
    )
    expect(() => writeXliff({ srcLang: 'en', trgLang: 'th', files: [{ id: 'f', units: [{ id: 'u', originalData: { 'a b': 'x' }, segments: unit.segments }] }] })).toThrow(
      /not an NMTOKEN/,
    )
    expect(() => writeXliff({ srcLang: 'en', trgLang: 't h', files: [{ id: 'f', units: [unit] }] })).toThrow(/language tag/)
  })
})

describe('XLIFF parser', () => {
  const wrap = (units: string, root = `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="th">`): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n${root}<file id="f">${units}</file></xliff>`

  it('refuses what is not XML, with line and column', () => {
    expect(formatError('this is not xml').message).toMatch(/Not well-formed XML/)
    const error = formatError(`<?xml version="1.0"?>\n<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en" trgLang="th">\n  <file id="f"></fil>\n</xliff>`)
    expect(error.message).toMatch(/^Not well-formed XML at line 3, column \d+: /)
    expect(error.line).toBe(3)
    expect(formatError('').message).toMatch(/Not well-formed XML/)
    // xmldom only warns about these; they are errors here.
    expect(formatError(`<xliff xmlns="${XLIFF_NAMESPACE}" version=2.0 srcLang="en" trgLang="th"/>`).message).toMatch(/^Not well-formed XML at line 1/)
    // …but U+FFFD is text like any other.
    const replacement = parseXliff(wrap('<unit id="u"><segment id="s"><source>a \uFFFD b</source></segment></unit>'))
    expect(replacement.files[0]!.units[0]!.segments[0]!.source).toBe('a \uFFFD b')
  })

  it('refuses a wrong root element, namespace, version or missing languages', () => {
    expect(formatError('<html><body/></html>').message).toMatch(/root element is <html>, expected <xliff>/)
    expect(formatError('<xliff version="2.0" srcLang="en" trgLang="th"/>').message).toMatch(/no namespace/)
    expect(formatError('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>').message).toMatch(/XLIFF 1\.x/)
    expect(formatError(`<xliff xmlns="${XLIFF_NAMESPACE}" version="1.2" srcLang="en" trgLang="th"/>`).message).toMatch(/Unsupported XLIFF version "1\.2"/)
    expect(formatError(`<xliff xmlns="${XLIFF_NAMESPACE}" srcLang="en" trgLang="th"/>`).message).toMatch(/Unsupported XLIFF version \(none given\)/)
    expect(formatError(`<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" trgLang="th"/>`).message).toMatch(/no srcLang/)
    expect(formatError(`<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0" srcLang="en"/>`).message).toMatch(/no trgLang/)
    expect(parseXliff(`<xliff xmlns="${XLIFF_NAMESPACE}" version="2.1" srcLang="en" trgLang="th"/>`)).toMatchObject({ version: '2.1', files: [] })
  })

  it('reports unit problems on the unit and reads the other units', () => {
    const parsed = parseXliff(
      wrap(
        '<unit id="empty"><notes><note>nothing here</note></notes></unit>' +
          '<unit id="ok"><segment id="s1"><source>Hello</source><target>สวัสดี</target></segment></unit>' +
          '<unit id="nosource"><segment id="s1"><target>x</target></segment><segment id="s2"><source>y</source></segment></unit>' +
          '<unit id="twice"><segment id="s1" state="done"><source>a</source></segment><segment id="s1"><source>b</source></segment></unit>' +
          '<unit><segment><source>no ids</source></segment></unit>',
      ),
    )
    const units = parsed.files[0]!.units
    expect(units.map((unit) => [unit.id, unit.errors])).toEqual([
      ['empty', ['unit "empty" has no segment']],
      ['ok', []],
      ['nosource', ['unit "nosource", segment "s1" has no <source>']],
      ['twice', ['unit "twice", segment "s1": unknown state "done" (expected one of initial, translated, reviewed, final)', 'unit "twice", segment "s1": the segment id is used more than once']],
      ['', ['unit without id: the id attribute is missing', 'unit without id: segment 1 has no id (was it split or merged by the translation tool?)']],
    ])
    expect(units[1]!.segments).toEqual([{ id: 's1', source: 'Hello', target: 'สวัสดี' }])
    expect(units[2]!.segments).toEqual([{ id: 's2', source: 'y', target: null }])
  })

  it('tolerates what translation tools add: namespaces, groups, mrk, sm/em, CDATA, other attribute order', () => {
    const parsed = parseXliff(
      '\uFEFF' +
        wrap(
          '<group id="g"><unit id="u" xmlns:mq="urn:memoq"><segment id="b0" mq:status="ok">' +
            '<source xml:space="preserve"><pc subType="xlf:b" type="fmt" id="b0-1" mq:x="1">Very</pc> good</source>' +
            '<target xml:space="default" mq:y="2"><mrk id="m1" translate="yes">ดี<sm id="sm1" type="comment"/></mrk><em startRef="sm1"/><pc type="fmt" id="b0-1" subType="xlf:b"><![CDATA[มาก & <มาก>]]></pc><!-- note --></target>' +
            '</segment></unit></group>',
          `<xliff xmlns="${XLIFF_NAMESPACE}" xmlns:its="http://www.w3.org/2005/11/its" version="2.0" srcLang="en-US" trgLang="th-TH" its:version="2.0">`,
        ),
    )
    expect(parsed).toMatchObject({ srcLang: 'en-US', trgLang: 'th-TH' })
    const unit = parsed.files[0]!.units[0]!
    expect(unit.errors).toEqual([])
    const source = doc(paragraph(text('Very', BOLD), text(' good')))
    expect(unit.segments[0]!.source).toBe(toSegments(source)[0]!.xml)
    expect(unit.segments[0]!.target).toBe('ดี<pc id="b0-1" type="fmt" subType="xlf:b">มาก &amp; &lt;มาก&gt;</pc>')
    expect(fromSegments(source, { b0: unit.segments[0]!.target! })).toEqual({ root: doc(paragraph(text('ดี'), text('มาก & <มาก>', BOLD))), errors: [] })
  })

  it('canonicalises inline markup the same way as the writer', () => {
    expect(canonicalInline('<ph subType="xlf:lb" type="fmt" id="1" />a&#62;b<pc id="2"></pc>')).toBe('<ph id="1" type="fmt" subType="xlf:lb"/>a&gt;b<pc id="2"></pc>')
  })
})

describe('export, translate in a tool, import', () => {
  it('brings a translated XLIFF file back into the rich text', () => {
    const source = everything()
    const segments = toSegments(source)
    const xml = writeXliff({
      srcLang: 'en',
      trgLang: 'th',
      files: [
        {
          id: 'conditions:3',
          units: [
            {
              id: 'conditions:3:body',
              originalData: Object.assign({}, ...segments.map((segment) => segment.data)),
              segments: segments.map((segment) => ({ id: segment.id, source: segment.xml })),
            },
          ],
        },
      ],
    })
    // The translator's tool fills in the targets (here: the Thai text keeps the codes).
    const translations: Record<string, string> = {
      b0: 'เบาหวานคืออะไร?',
      b1: `เบาหวานเป็นภาวะ${fmt('b1-1', 'xlf:b', 'ระยะยาว')} ${fmt('b1-2', 'xlf:b', fmt('b1-3', 'xlf:i', 'อ่านเพิ่มเติม'))}ที่นี่`,
    }
    const translated = xml.replace(/(<segment id="([^"]+)">\n\s*<source xml:space="preserve">)([\s\S]*?)(<\/source>)/g, (_, open: string, id: string, inner: string, close: string) => {
      return `${open}${inner}${close}\n        <target xml:space="preserve">${translations[id] ?? inner}</target>`
    })
    const unit = parseXliff(translated).files[0]!.units[0]!
    expect(unit.errors).toEqual([])
    const targets = Object.fromEntries(unit.segments.map((segment) => [segment.id, segment.target!]))
    const result = fromSegments(source, targets)
    expect(result.errors).toEqual([])
    const children = (result.root as RichTextValue).root.children!
    expect(children[0]).toEqual(heading('h2', text('เบาหวานคืออะไร?')))
    expect(children[1]).toEqual(paragraph(text('เบาหวานเป็นภาวะ'), text('ระยะยาว', BOLD), text(' '), text('อ่านเพิ่มเติม', BOLD | ITALIC), text('ที่นี่')))
    expect(children.slice(2)).toEqual(source.root.children!.slice(2))
  })
})
