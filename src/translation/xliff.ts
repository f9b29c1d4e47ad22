/**
 * XLIFF 2.0 (OASIS, core only) writer and parser for the translation exchange with CAT tools
 * (memoQ, Trados, Phrase, Crowdin, OmegaT …). Pure: no database, no Payload.
 *
 * Document shape written by {@link writeXliff}:
 *
 *   <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="th">
 *     <file id="…" original="…" canResegment="no">
 *       <notes><note category="…">…</note></notes>
 *       <unit id="…" name="…">
 *         <notes>…</notes>
 *         <originalData><data id="…">…</data></originalData>
 *         <segment id="…" state="…">
 *           <source xml:space="preserve">inline markup</source>
 *           <target xml:space="preserve">inline markup</target>
 *         </segment>
 *       </unit>
 *     </file>
 *   </xliff>
 *
 * `canResegment="no"` asks tools not to split or join our segments: every segment id maps back to
 * one block of the rich text (see ./richText.ts).
 *
 * Inline content (the inside of <source>/<target>) is always handled in one canonical form, produced
 * by {@link serializeInline}: text in Unicode NFC with `& < >` escaped and CR as `&#13;`; characters
 * that XML 1.0 cannot carry as `<cp hex="…"/>`; elements `pc` (always with an end tag), `ph`, `sc`,
 * `ec` with their attributes in one fixed order and no namespaced attributes. The writer and the
 * parser both pass inline content through it, so a source string exported, run through a tool and
 * imported again compares equal to a fresh export of the same text.
 *
 * Ids: XLIFF ids are NMTOKENs. {@link xliffId} maps any string to one reversibly (it changes nothing
 * in ids made of ASCII letters, digits and `. - _ :`, such as `articles:12:body`); the writer applies
 * it to file, unit and segment ids and the parser reverses it, so callers always use their raw ids.
 */
import { DOMParser } from '@xmldom/xmldom'
import type { Element as XmlElement, Node as XmlNode } from '@xmldom/xmldom'

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0'
/** XLIFF 2.2 has a namespace of its own; its core is compatible with what we read. */
const XLIFF_NAMESPACES = new Set([XLIFF_NAMESPACE, 'urn:oasis:names:tc:xliff:document:2.2'])
const XLIFF_1_NAMESPACES = new Set(['urn:oasis:names:tc:xliff:document:1.2', 'urn:oasis:names:tc:xliff:document:1.1'])

export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final'
const STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final']

export interface Note {
  category?: string
  content: string
}

export interface XliffSegment {
  id: string
  /** Inline XML (as produced by toSegments or serializeInline). */
  source: string
  /** Inline XML; null or undefined: no <target> element. */
  target?: string | null
  /** Written only when given (and, as the spec requires, for a state other than 'initial' only with a target). */
  state?: SegmentState
}

export interface XliffUnit {
  id: string
  name?: string
  notes?: Note[]
  /** <data> elements referred to by inline codes (dataRef, dataRefStart …), by data id. */
  originalData?: Record<string, string>
  segments: XliffSegment[]
}

export interface XliffFile {
  id: string
  original?: string
  notes?: Note[]
  units: XliffUnit[]
}

export interface XliffDocument {
  srcLang: string
  trgLang: string
  files: XliffFile[]
}

export interface ParsedSegment {
  id: string
  /** Canonical inline XML of <source>. */
  source: string
  /** Canonical inline XML of <target>; null when the segment has no <target> ('' for an empty one). */
  target: string | null
  state?: SegmentState
}

export interface ParsedUnit {
  id: string
  name?: string
  notes: Note[]
  originalData: Record<string, string>
  segments: ParsedSegment[]
  /** Problems of this unit only (a unit with errors should be rejected, the others can be used). */
  errors: string[]
}

export interface ParsedFile {
  id: string
  original?: string
  notes: Note[]
  units: ParsedUnit[]
}

export interface ParsedXliff {
  srcLang: string
  trgLang: string
  /** The version attribute of the file (2.0, 2.1, 2.2 …). */
  version: string
  files: ParsedFile[]
}

/** The document as a whole cannot be read: not XML, not XLIFF 2. */
export class XliffFormatError extends Error {
  override name = 'XliffFormatError'
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message)
  }
}

// ---------------------------------------------------------------------------------------------
// Ids

const ID_SAFE = /[A-Za-z0-9._:-]/
const ESCAPE_LOOKALIKE = /^_x[0-9A-Fa-f]{4}_/

/**
 * Maps any non-empty string reversibly to an XML NMTOKEN (the type of XLIFF ids).
 * Rule: ASCII letters, digits, `.`, `-`, `_` and `:` stay as they are; every other UTF-16 code unit
 * becomes `_xHHHH_` (upper-case hex, as .NET's XmlConvert.EncodeName does), and so does a `_` that
 * starts something looking like such an escape. `articles:12:body` and
 * `conditions:3:symptoms.2.text` are unchanged; `pages/about us` becomes `pages_x002F_about_x0020_us`.
 */
export function xliffId(raw: string): string {
  if (raw === '') throw new RangeError('an XLIFF id cannot be empty')
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!
    if (ID_SAFE.test(char) && !(char === '_' && ESCAPE_LOOKALIKE.test(raw.slice(i)))) out += char
    else out += `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`
  }
  return out
}

/** The inverse of {@link xliffId}. */
export function fromXliffId(id: string): string {
  return id.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

const NAME_START =
  'A-Z_a-z:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
const NMTOKEN = new RegExp(`^[${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]+$`, 'u')

/** Whether a string is a valid XML NMTOKEN (letters, digits, `.`, `-`, `_`, `:` and other XML name characters). */
export function isNmtoken(value: string): boolean {
  return NMTOKEN.test(value)
}

// ---------------------------------------------------------------------------------------------
// Escaping

/** Characters XML 1.0 cannot carry (not even as character references). */
const INVALID_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

function escapeChars(text: string): string {
  return text.replace(/[&<>\r]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&#13;'))
}

/**
 * Text content: `& < >` escaped, CR as `&#13;` (XML parsers turn a raw CR into LF). With `cp`,
 * characters XML cannot carry become `<cp hex="…"/>` (allowed in inline content and <data>);
 * without it they become U+FFFD.
 */
export function escapeText(text: string, options: { cp?: boolean } = {}): string {
  if (!INVALID_XML_CHAR.test(text)) return escapeChars(text)
  let out = ''
  for (const char of text) {
    if (INVALID_XML_CHAR.test(char)) out += options.cp ? `<cp hex="${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}"/>` : '\uFFFD'
    else out += escapeChars(char)
  }
  return out
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' }
const INVALID_XML_CHARS = new RegExp(INVALID_XML_CHAR.source, 'gu')

/** An attribute value for double quotes: `& < > "` escaped, TAB, LF and CR as references so parsers keep them. */
export function escapeAttribute(value: string): string {
  return value.replace(INVALID_XML_CHARS, '\uFFFD').replace(/[&<>"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char]!)
}

// ---------------------------------------------------------------------------------------------
// Inline content

/** An inline code element of XLIFF 2.0 core (mrk, sm, em and cp never appear here: see domToInline). */
export interface InlineElement {
  name: 'pc' | 'ph' | 'sc' | 'ec'
  /** XLIFF attributes without a namespace (id, type, subType, dataRef, dataRefStart, startRef …). */
  attrs: Record<string, string>
  /** Content of a <pc>; always empty for the others. */
  children: InlineNode[]
}

/** A piece of inline content: text, or a code. */
export type InlineNode = string | InlineElement

const INLINE_CODES = new Set(['pc', 'ph', 'sc', 'ec'])
/** The order in which inline attributes are written; attributes not listed follow alphabetically. */
const ATTRIBUTE_ORDER = [
  'id',
  'startRef',
  'type',
  'subType',
  'dataRef',
  'dataRefStart',
  'dataRefEnd',
  'isolated',
  'canCopy',
  'canDelete',
  'canOverlap',
  'canReorder',
  'copyOf',
  'disp',
  'dispStart',
  'dispEnd',
  'equiv',
  'equivStart',
  'equivEnd',
  'subFlows',
  'subFlowsStart',
  'subFlowsEnd',
  'dir',
]
const ATTRIBUTE_RANK = new Map(ATTRIBUTE_ORDER.map((name, index) => [name, index]))

function orderedAttributes(attrs: Record<string, string>): Array<[string, string]> {
  return Object.entries(attrs).sort(([a], [b]) => {
    const rankA = ATTRIBUTE_RANK.get(a) ?? ATTRIBUTE_ORDER.length
    const rankB = ATTRIBUTE_RANK.get(b) ?? ATTRIBUTE_ORDER.length
    return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0
  })
}

/** The canonical XML of inline content (text in NFC). */
export function serializeInline(nodes: readonly InlineNode[]): string {
  let out = ''
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeText(node.normalize('NFC'), { cp: true })
      continue
    }
    const attributes = orderedAttributes(node.attrs)
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('')
    out += node.name === 'pc' ? `<pc${attributes}>${serializeInline(node.children)}</pc>` : `<${node.name}${attributes}/>`
  }
  return out
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

function pushText(out: InlineNode[], text: string): void {
  if (text === '') return
  const last = out[out.length - 1]
  if (typeof last === 'string') out[out.length - 1] = last + text
  else out.push(text)
}

/**
 * Reads the inline content of a DOM element (a <source>, <target> or <pc>). Tolerates what tools
 * add: <mrk> (annotations) is replaced by its content, <sm/>/<em/> are dropped, <cp hex> becomes its
 * character, elements of other namespaces give their text, comments and processing instructions
 * are dropped, namespaced attributes (xml:space, fs:fs, tool extensions) are left out.
 */
function domToInline(parent: XmlNode, problems: string[]): InlineNode[] {
  const out: InlineNode[] = []
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      pushText(out, child.nodeValue ?? '')
      continue
    }
    if (child.nodeType !== ELEMENT_NODE) continue
    const element = child as XmlElement
    const name = element.localName ?? element.nodeName
    const isXliff = element.namespaceURI !== null && XLIFF_NAMESPACES.has(element.namespaceURI)
    if (isXliff && INLINE_CODES.has(name)) {
      const attrs: Record<string, string> = {}
      for (let i = 0; i < element.attributes.length; i++) {
        const attribute = element.attributes.item(i)!
        if (attribute.namespaceURI || attribute.name.startsWith('xmlns') || attribute.name.includes(':')) continue
        attrs[attribute.name] = attribute.value
      }
      out.push({ name: name as InlineElement['name'], attrs, children: name === 'pc' ? domToInline(element, problems) : [] })
    } else if (isXliff && name === 'cp') {
      const hex = element.getAttribute('hex') ?? ''
      const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN
      if (Number.isNaN(code) || code > 0x10ffff) problems.push(`invalid <cp hex="${hex}">`)
      else pushText(out, String.fromCodePoint(code))
    } else if (isXliff && (name === 'sm' || name === 'em')) {
      continue
    } else {
      // <mrk>, and anything unknown: keep the content, drop the element.
      for (const node of domToInline(element, problems)) {
        if (typeof node === 'string') pushText(out, node)
        else out.push(node)
      }
    }
  }
  return out
}

interface XmlProblem {
  message: string
  line?: number
  column?: number
}

/**
 * Parses XML strictly: every problem xmldom reports (fatal errors, errors, and the warnings it gives
 * for malformed attributes and end tags) stops parsing and comes back as an XmlProblem; only its
 * warning about U+FFFD in the text, which is legitimate content, is ignored. (xmldom still reads a
 * bare `&` not followed by a name as text.)
 */
function parseXml(xml: string): { document: ReturnType<DOMParser['parseFromString']> } | { problem: XmlProblem } {
  let reported: string | undefined
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level === 'warning' && /replacement character/i.test(message)) return
      reported ??= message
      throw new Error(message)
    },
  })
  try {
    return { document: parser.parseFromString(xml, 'text/xml') }
  } catch (error) {
    const locator = (error as { locator?: { lineNumber?: number; columnNumber?: number } }).locator
    const line = locator?.lineNumber ? locator.lineNumber : undefined
    const column = line !== undefined ? locator?.columnNumber : undefined
    const message = (reported ?? (error as Error).message).replace(/\s+/g, ' ').trim()
    return { problem: { message, line, column } }
  }
}

const INLINE_WRAPPER = `<x xmlns="${XLIFF_NAMESPACE}">`

/**
 * Parses a string of inline XML (the inside of a <source>/<target>) into inline nodes.
 * @throws Error with a message (and position within the string) if it is not well-formed, e.g.
 * an unclosed <pc>.
 */
export function parseInline(xml: string): InlineNode[] {
  const result = parseXml(`${INLINE_WRAPPER}${xml}</x>`)
  if ('problem' in result) {
    const { message, line, column } = result.problem
    const where =
      line === undefined ? '' : line === 1 && column !== undefined ? ` (at character ${Math.max(1, column - INLINE_WRAPPER.length)})` : ` (line ${line}${column !== undefined ? `, column ${column}` : ''})`
    throw new Error(`malformed inline markup: ${message}${where}`)
  }
  const problems: string[] = []
  const nodes = domToInline(result.document.documentElement!, problems)
  if (problems.length > 0) throw new Error(`malformed inline markup: ${problems.join('; ')}`)
  return nodes
}

/** The canonical form of a string of inline XML (see the module comment). @throws like parseInline. */
export function canonicalInline(xml: string): string {
  return serializeInline(parseInline(xml))
}

/** Plain text of inline content (codes dropped), e.g. for display. */
export function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (typeof node === 'string' ? node : inlineText(node.children))).join('')
}

// ---------------------------------------------------------------------------------------------
// Writer

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/

function attribute(name: string, value: string | undefined): string {
  return value === undefined ? '' : ` ${name}="${escapeAttribute(value)}"`
}

function writeNotes(notes: readonly Note[] | undefined, indent: string): string[] {
  if (!notes || notes.length === 0) return []
  return [
    `${indent}<notes>`,
    ...notes.map((note) => `${indent}  <note${attribute('category', note.category)}>${escapeText(note.content.normalize('NFC'))}</note>`),
    `${indent}</notes>`,
  ]
}

/**
 * Writes an XLIFF 2.0 document. Inline content is checked and written canonically; file, unit and
 * segment ids go through {@link xliffId}.
 * @throws Error for input that cannot make a valid document (no file, a file without units, a unit
 * without segments, duplicate ids, a data id that is not an NMTOKEN, malformed inline XML, an
 * invalid language tag) — these are programming errors, not translator errors.
 */
export function writeXliff(input: XliffDocument): string {
  for (const [name, value] of [
    ['srcLang', input.srcLang],
    ['trgLang', input.trgLang],
  ] as const) {
    if (!LANGUAGE_TAG.test(value)) throw new Error(`writeXliff: ${name} "${value}" is not a language tag`)
  }
  if (input.files.length === 0) throw new Error('writeXliff: an XLIFF document needs at least one file')
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.0"${attribute('srcLang', input.srcLang)}${attribute('trgLang', input.trgLang)}>`,
  ]
  const fileIds = new Set<string>()
  for (const file of input.files) {
    const fileId = xliffId(file.id)
    if (fileIds.has(fileId)) throw new Error(`writeXliff: duplicate file id "${file.id}"`)
    fileIds.add(fileId)
    if (file.units.length === 0) throw new Error(`writeXliff: file "${file.id}" has no units`)
    lines.push(`  <file${attribute('id', fileId)}${attribute('original', file.original)} canResegment="no">`)
    lines.push(...writeNotes(file.notes, '    '))
    const unitIds = new Set<string>()
    for (const unit of file.units) {
      const unitId = xliffId(unit.id)
      if (unitIds.has(unitId)) throw new Error(`writeXliff: duplicate unit id "${unit.id}" in file "${file.id}"`)
      unitIds.add(unitId)
      if (unit.segments.length === 0) throw new Error(`writeXliff: unit "${unit.id}" has no segments`)
      lines.push(`    <unit${attribute('id', unitId)}${attribute('name', unit.name)}>`)
      lines.push(...writeNotes(unit.notes, '      '))
      const data = Object.entries(unit.originalData ?? {})
      if (data.length > 0) {
        lines.push('      <originalData>')
        for (const [dataId, content] of data) {
          if (!isNmtoken(dataId)) throw new Error(`writeXliff: data id "${dataId}" of unit "${unit.id}" is not an NMTOKEN`)
          lines.push(`        <data${attribute('id', dataId)}>${escapeText(content, { cp: true })}</data>`)
        }
        lines.push('      </originalData>')
      }
      const segmentIds = new Set<string>()
      for (const segment of unit.segments) {
        const segmentId = xliffId(segment.id)
        if (segmentIds.has(segmentId)) throw new Error(`writeXliff: duplicate segment id "${segment.id}" in unit "${unit.id}"`)
        segmentIds.add(segmentId)
        const hasTarget = segment.target !== undefined && segment.target !== null
        const state = segment.state && (hasTarget || segment.state === 'initial') ? segment.state : undefined
        const inline = (xml: string, what: string): string => {
          try {
            return canonicalInline(xml)
          } catch (error) {
            throw new Error(`writeXliff: ${what} of segment "${segment.id}" in unit "${unit.id}": ${(error as Error).message}`)
          }
        }
        lines.push(`      <segment${attribute('id', segmentId)}${attribute('state', state)}>`)
        lines.push(`        <source xml:space="preserve">${inline(segment.source, 'source')}</source>`)
        if (hasTarget) lines.push(`        <target xml:space="preserve">${inline(segment.target!, 'target')}</target>`)
        lines.push('      </segment>')
      }
      lines.push('    </unit>')
    }
    lines.push('  </file>')
  }
  lines.push('</xliff>')
  return `${lines.join('\n')}\n`
}

// ---------------------------------------------------------------------------------------------
// Parser

function childElements(parent: XmlNode, name?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue
    const element = child as XmlElement
    if (element.namespaceURI === null || !XLIFF_NAMESPACES.has(element.namespaceURI)) continue
    if (name === undefined || element.localName === name) out.push(element)
  }
  return out
}

function optionalAttribute(element: XmlElement, name: string): string | undefined {
  return element.hasAttribute(name) ? (element.getAttribute(name) ?? undefined) : undefined
}

function readNotes(parent: XmlElement): Note[] {
  const notes: Note[] = []
  for (const container of childElements(parent, 'notes')) {
    for (const note of childElements(container, 'note')) {
      const category = optionalAttribute(note, 'category')
      const content = (note.textContent ?? '').normalize('NFC')
      notes.push(category === undefined ? { content } : { category, content })
    }
  }
  return notes
}

function readUnit(element: XmlElement): ParsedUnit {
  const errors: string[] = []
  const rawId = optionalAttribute(element, 'id')
  const id = rawId ? fromXliffId(rawId) : ''
  const label = rawId ? `unit "${id}"` : 'unit without id'
  if (!rawId) errors.push(`${label}: the id attribute is missing`)
  const unit: ParsedUnit = { id, notes: readNotes(element), originalData: {}, segments: [], errors }
  const name = optionalAttribute(element, 'name')
  if (name !== undefined) unit.name = name

  for (const container of childElements(element, 'originalData')) {
    for (const data of childElements(container, 'data')) {
      const dataId = optionalAttribute(data, 'id')
      if (!dataId) {
        errors.push(`${label}: a <data> element has no id`)
        continue
      }
      const problems: string[] = []
      unit.originalData[dataId] = inlineText(domToInline(data, problems))
      errors.push(...problems.map((problem) => `${label}, data "${dataId}": ${problem}`))
    }
  }

  const segmentElements = childElements(element, 'segment')
  if (segmentElements.length === 0) errors.push(`${label} has no segment`)
  const seen = new Set<string>()
  segmentElements.forEach((segmentElement, index) => {
    const rawSegmentId = optionalAttribute(segmentElement, 'id')
    if (!rawSegmentId) {
      errors.push(`${label}: segment ${index + 1} has no id (was it split or merged by the translation tool?)`)
      return
    }
    const segmentId = fromXliffId(rawSegmentId)
    const where = `${label}, segment "${segmentId}"`
    if (seen.has(segmentId)) {
      errors.push(`${where}: the segment id is used more than once`)
      return
    }
    seen.add(segmentId)
    const [source] = childElements(segmentElement, 'source')
    if (!source) {
      errors.push(`${where} has no <source>`)
      return
    }
    const [target] = childElements(segmentElement, 'target')
    const problems: string[] = []
    const segment: ParsedSegment = {
      id: segmentId,
      source: serializeInline(domToInline(source, problems)),
      target: target ? serializeInline(domToInline(target, problems)) : null,
    }
    errors.push(...problems.map((problem) => `${where}: ${problem}`))
    const state = optionalAttribute(segmentElement, 'state')
    if (state !== undefined) {
      if ((STATES as readonly string[]).includes(state)) segment.state = state as SegmentState
      else errors.push(`${where}: unknown state "${state}" (expected one of ${STATES.join(', ')})`)
    }
    unit.segments.push(segment)
  })
  return unit
}

/** Units of a file or group, in document order; groups (which tools may add) are flattened. */
function readUnits(parent: XmlElement, into: ParsedUnit[]): void {
  for (const element of childElements(parent)) {
    if (element.localName === 'unit') into.push(readUnit(element))
    else if (element.localName === 'group') readUnits(element, into)
  }
}

/**
 * Parses an XLIFF 2.x document.
 * @throws XliffFormatError when the document cannot be used at all: not well-formed XML (with
 * line and column), root element not <xliff>, not the XLIFF 2 namespace, version not 2.x,
 * srcLang or trgLang missing. Problems of single units (no segment, a segment without source or
 * id, duplicate ids …) are returned in that unit's `errors`.
 */
export function parseXliff(xml: string): ParsedXliff {
  const result = parseXml(xml.replace(/^\uFEFF/, ''))
  if ('problem' in result) {
    const { message, line, column } = result.problem
    const where = line === undefined ? '' : ` at line ${line}${column !== undefined ? `, column ${column}` : ''}`
    throw new XliffFormatError(`Not well-formed XML${where}: ${message}`, line, column)
  }
  const root = result.document.documentElement
  if (!root) throw new XliffFormatError('Not well-formed XML: no root element')
  const rootName = root.localName ?? root.nodeName
  if (rootName !== 'xliff') throw new XliffFormatError(`Not an XLIFF document: the root element is <${root.nodeName}>, expected <xliff>`)
  const version = root.getAttribute('version') ?? ''
  if (root.namespaceURI === null || !XLIFF_NAMESPACES.has(root.namespaceURI)) {
    const found = root.namespaceURI ? `"${root.namespaceURI}"` : 'no namespace'
    const hint = root.namespaceURI && XLIFF_1_NAMESPACES.has(root.namespaceURI) ? ' This is XLIFF 1.x; export the file as XLIFF 2.0.' : ''
    throw new XliffFormatError(`Not an XLIFF 2 document: the <xliff> element has ${found}, expected "${XLIFF_NAMESPACE}".${hint}`)
  }
  if (!/^2\.\d+$/.test(version)) {
    throw new XliffFormatError(`Unsupported XLIFF version ${version ? `"${version}"` : '(none given)'}: expected 2.0 (or another 2.x)`)
  }
  const srcLang = root.getAttribute('srcLang') ?? ''
  const trgLang = root.getAttribute('trgLang') ?? ''
  if (!srcLang) throw new XliffFormatError('The <xliff> element has no srcLang (source language)')
  if (!trgLang) throw new XliffFormatError('The <xliff> element has no trgLang (target language)')

  const files = childElements(root, 'file').map((fileElement): ParsedFile => {
    const rawId = optionalAttribute(fileElement, 'id')
    const file: ParsedFile = { id: rawId ? fromXliffId(rawId) : '', notes: readNotes(fileElement), units: [] }
    const original = optionalAttribute(fileElement, 'original')
    if (original !== undefined) file.original = original
    readUnits(fileElement, file.units)
    const seen = new Set<string>()
    for (const unit of file.units) {
      if (unit.id && seen.has(unit.id)) unit.errors.push(`unit "${unit.id}": the unit id is used more than once in file "${file.id}"`)
      seen.add(unit.id)
    }
    return file
  })
  return { srcLang, trgLang, version, files }
}
