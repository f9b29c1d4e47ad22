/**
 * Rich text (Payload's Lexical JSON, as the public REST API returns it) → HTML and plain text, for
 * the reference front ends (website, kiosk): article bodies, condition and method descriptions.
 * Pure and dependency-free: no Payload, no DOM, no React.
 *
 * Safe by construction: the output is built only from tags this module writes itself. Content never
 * contributes markup — every text, URL and alt text is escaped (`& < > " '`) — and the output has no
 * `style`, `class`, `id` or event attributes (element alignment and indent are dropped).
 *
 * - Links (`link`, `autolink`) get an `href` only for `http:`, `https:`, `mailto:`, `tel:` or a
 *   site-relative path starting with a single `/` (not `//` or `/\`, which browsers read as another
 *   host); anything else (`javascript:`, `data:`, `#x`, `page.html` …) renders the link's text
 *   without a link. `newTab` adds `target="_blank" rel="noopener noreferrer"`. Internal links
 *   (`linkType: 'internal'`, `fields.doc`) go through `options.resolveInternalLink`, whose URL is
 *   checked the same way; without a resolver, or when it returns null, the text stays plain. A link
 *   inside a link renders its text only (HTML cannot nest `<a>`), an empty link nothing.
 * - Text formats become nested semantic tags, outermost first in the order of the format bits:
 *   `<strong>` (1), `<em>` (2), `<s>` (4), `<u>` (8), `<code>` (16), `<sub>` (32), `<sup>` (64);
 *   other bits (highlight, case) are ignored. Text is normalised to NFC, like everything the CMS
 *   stores, so NFC text (all Thai content) comes out unchanged.
 * - Headings keep their level, except that `h1` becomes `h2`: the page itself owns the one `<h1>`
 *   (the article or condition title), so content headings start one level below it. An invalid
 *   heading tag also gives `h2`.
 * - Lists: `bullet` → `<ul>`, `number` → `<ol>` (with `start` when it is not 1), `check` → `<ul>`
 *   whose items are `<li role="checkbox" aria-checked="true|false">`. Lexical stores a nested list
 *   as a list item holding only that list; it is moved into the item before it, giving the valid
 *   `<li>text<ul>…</ul></li>`. Empty items and empty lists are left out, as are paragraphs,
 *   headings and quotes without content.
 * - `upload`: an `<img src alt [width height] loading="lazy">` for a populated image (`value` a media
 *   document with an http(s) or site-relative `url`); `alt` from the node's own `fields.alt`, else
 *   the document's, else empty. A media `caption`, at block level, wraps it in
 *   `<figure>…<figcaption>`. Unpopulated uploads (`value` only an id) and non-images render nothing.
 * - `horizontalrule` → `<hr>`, `linebreak` → `<br>`, `tab` → a tab character, `quote` →
 *   `<blockquote>`. `relationship` and `block` nodes (embedded documents and custom blocks, which
 *   need the front end's own components) render nothing.
 * - Anything else never throws: an unknown node inside text renders its children inline; an unknown
 *   block renders its children as blocks, loose inline content as a `<p>`; a node without children
 *   nothing. Non-object input, a value without `root`, non-array `children` and nesting deeper than
 *   100 levels are treated as empty. (An exception thrown by `resolveInternalLink` is not caught.)
 *
 * Localized values as `?locale=all` returns them (`{ en: …, th: … }`) — the rich text itself, a
 * media document's `alt` and `caption` — are read in `options.lang`, falling back to English as the
 * CMS does. No `lang`/`dir` attributes are written: the page sets them.
 */

/** The document an internal link points to, as stored in the link's `fields.doc`. */
export interface InternalLinkDoc {
  /** The collection slug, e.g. `articles`. */
  relationTo: string
  /** The document id, or the populated document (depth ≥ 1). */
  value: unknown
}

export interface RichTextHtmlOptions {
  /** The locale to read localized values in (`en`, `th`); defaults to English. */
  lang?: string
  /** The URL of an internal link's document, or null to render the link's text without a link. */
  resolveInternalLink?: (doc: InternalLinkDoc) => string | null
}

export interface RichTextPlainTextOptions {
  /** The locale to read a localized value (`?locale=all`) in; defaults to English. */
  lang?: string
}

type Node = Record<string, unknown>

const FALLBACK_LOCALE = 'en'
const MAX_DEPTH = 100

/** Format bits and their tags, outermost first. */
const FORMAT_TAGS: ReadonlyArray<readonly [number, string]> = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [16, 'code'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Nodes that are inline wherever they appear; other nodes are inline only next to these. */
const INLINE_TYPES = new Set(['text', 'linebreak', 'tab', 'link', 'autolink'])

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!)
}

function isObject(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.children) ? node.children.filter(isObject) : []
}

function own(object: Node, key: string | undefined): unknown {
  return key !== undefined && Object.hasOwn(object, key) ? object[key] : undefined
}

/** A localized value (`{ en, th }`) in `lang`, else in English; any other value as it is. */
function inLocale(value: unknown, lang: string | undefined, accept: (candidate: unknown) => boolean): unknown {
  if (accept(value)) return value
  if (!isObject(value)) return undefined
  const wanted = own(value, lang ?? FALLBACK_LOCALE)
  if (accept(wanted)) return wanted
  const fallback = own(value, FALLBACK_LOCALE)
  return accept(fallback) ? fallback : undefined
}

function hasRoot(value: unknown): boolean {
  return isObject(value) && (isObject(value.root) || value.type === 'root')
}

/** The root node of a rich text value (or of a root node itself, or of a localized value). */
function rootOf(value: unknown, lang: string | undefined): Node | undefined {
  const richText = inLocale(value, lang, hasRoot) as Node | undefined
  if (!richText) return undefined
  return isObject(richText.root) ? richText.root : richText
}

function localizedString(value: unknown, lang: string | undefined): string {
  const text = inLocale(value, lang, (candidate) => typeof candidate === 'string' && candidate.trim() !== '')
  return typeof text === 'string' ? text.normalize('NFC') : ''
}

/** Characters browsers strip from both ends of a URL, and controls they drop inside one. */
const URL_EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g
const URL_CONTROLS = /[\u0000-\u001F\u007F]/

function isSitePath(url: string): boolean {
  return url.startsWith('/') && url[1] !== '/' && url[1] !== '\\'
}

/** The URL, trimmed, when links may point to it; null otherwise. */
function safeLinkUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const url = value.replace(URL_EDGES, '')
  if (url === '' || URL_CONTROLS.test(url)) return null
  return /^(?:https?|mailto|tel):/i.test(url) || isSitePath(url) ? url : null
}

/** The URL, trimmed, when images may be loaded from it; null otherwise. */
function safeImageUrl(value: unknown): string | null {
  const url = safeLinkUrl(value)
  return url !== null && (/^https?:/i.test(url) || isSitePath(url)) ? url : null
}

function dimension(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined
}

function formatBits(format: unknown): number {
  return typeof format === 'number' && Number.isInteger(format) && format > 0 ? format : 0
}

function textOf(node: Node): string {
  return typeof node.text === 'string' ? node.text.normalize('NFC') : ''
}

/** Splits block-level content into blocks and runs of loose inline nodes (text, links …). */
function flowOf(nodes: readonly Node[]): Array<Node | Node[]> {
  const parts: Array<Node | Node[]> = []
  for (const node of nodes) {
    const last = parts[parts.length - 1]
    if (!INLINE_TYPES.has(node.type as string)) parts.push(node)
    else if (Array.isArray(last)) last.push(node)
    else parts.push([node])
  }
  return parts
}

interface Context {
  lang: string | undefined
  resolveInternalLink: RichTextHtmlOptions['resolveInternalLink']
  inLink: boolean
}

// --- HTML --------------------------------------------------------------------------------------

function renderText(node: Node): string {
  const text = textOf(node)
  if (text === '') return ''
  const format = formatBits(node.format)
  const tags = FORMAT_TAGS.filter(([bit]) => (format & bit) !== 0).map(([, tag]) => tag)
  return `${tags.map((tag) => `<${tag}>`).join('')}${escapeHtml(text)}${[...tags].reverse().map((tag) => `</${tag}>`).join('')}`
}

function linkHref(node: Node, ctx: Context): string | null {
  const fields = isObject(node.fields) ? node.fields : {}
  if (fields.linkType !== 'internal') return safeLinkUrl(fields.url)
  const doc = fields.doc
  if (!isObject(doc) || typeof doc.relationTo !== 'string' || !ctx.resolveInternalLink) return null
  return safeLinkUrl(ctx.resolveInternalLink({ relationTo: doc.relationTo, value: doc.value }))
}

function renderLink(node: Node, ctx: Context, depth: number): string {
  const content = renderInlines(childrenOf(node), { ...ctx, inLink: true }, depth + 1)
  if (ctx.inLink || content === '') return content
  const href = linkHref(node, ctx)
  if (href === null) return content
  const fields = isObject(node.fields) ? node.fields : {}
  const target = fields.newTab === true ? ' target="_blank" rel="noopener noreferrer"' : ''
  return `<a href="${escapeHtml(href)}"${target}>${content}</a>`
}

function renderUpload(node: Node, ctx: Context, block: boolean): string {
  const doc = node.value
  if (!isObject(doc)) return ''
  if (typeof doc.mimeType === 'string' && !doc.mimeType.toLowerCase().startsWith('image/')) return ''
  const src = safeImageUrl(doc.url)
  if (src === null) return ''
  const fields = isObject(node.fields) ? node.fields : {}
  const alt = localizedString(fields.alt, ctx.lang) || localizedString(doc.alt, ctx.lang)
  const width = dimension(doc.width)
  const height = dimension(doc.height)
  const img =
    `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"` +
    `${width === undefined ? '' : ` width="${width}"`}${height === undefined ? '' : ` height="${height}"`} loading="lazy">`
  const caption = block ? localizedString(doc.caption, ctx.lang) : ''
  return caption === '' ? img : `<figure>${img}<figcaption>${escapeHtml(caption)}</figcaption></figure>`
}

function renderInline(node: Node, ctx: Context, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  switch (node.type) {
    case 'text':
      return renderText(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'link':
    case 'autolink':
      return renderLink(node, ctx, depth)
    case 'upload':
      return renderUpload(node, ctx, false)
    default:
      return renderInlines(childrenOf(node), ctx, depth + 1)
  }
}

function renderInlines(nodes: readonly Node[], ctx: Context, depth: number): string {
  return nodes.map((node) => renderInline(node, ctx, depth)).join('')
}

function wrap(tag: string, content: string, attributes = ''): string {
  return content === '' ? '' : `<${tag}${attributes}>${content}</${tag}>`
}

type ListType = 'bullet' | 'number' | 'check'

function listTypeOf(node: Node): ListType {
  if (node.listType === 'bullet' || node.listType === 'number' || node.listType === 'check') return node.listType
  return node.tag === 'ol' ? 'number' : 'bullet'
}

/** A list item's content: its text inline, nested lists as lists. */
function renderListItemContent(item: Node, ctx: Context, depth: number): string {
  return childrenOf(item)
    .map((child) => (child.type === 'list' ? renderList(child, ctx, depth + 1) : renderInline(child, ctx, depth + 1)))
    .join('')
}

function renderList(node: Node, ctx: Context, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  const listType = listTypeOf(node)
  const items: Array<{ attributes: string; content: string }> = []
  for (const child of childrenOf(node)) {
    const isItem = child.type === 'listitem'
    const kids = isItem ? childrenOf(child) : [child]
    const nestedOnly = kids.length > 0 && kids.every((kid) => kid.type === 'list')
    const content = isItem ? renderListItemContent(child, ctx, depth) : renderListItemContent({ children: kids }, ctx, depth)
    if (content === '') continue
    const previous = items[items.length - 1]
    if (nestedOnly && previous) {
      previous.content += content
      continue
    }
    const checkbox = listType === 'check' && !nestedOnly
    items.push({ attributes: checkbox ? ` role="checkbox" aria-checked="${child.checked === true}"` : '', content })
  }
  if (items.length === 0) return ''
  const tag = listType === 'number' ? 'ol' : 'ul'
  const start = listType === 'number' && Number.isInteger(node.start) && node.start !== 1 ? ` start="${node.start as number}"` : ''
  return `<${tag}${start}>${items.map((item) => `<li${item.attributes}>${item.content}</li>`).join('')}</${tag}>`
}

function headingTag(tag: unknown): string {
  return typeof tag === 'string' && HEADING_TAGS.has(tag) && tag !== 'h1' ? tag : 'h2'
}

function renderBlock(node: Node, ctx: Context, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  switch (node.type) {
    case 'paragraph':
      return wrap('p', renderInlines(childrenOf(node), ctx, depth + 1))
    case 'heading':
      return wrap(headingTag(node.tag), renderInlines(childrenOf(node), ctx, depth + 1))
    case 'quote':
      return wrap('blockquote', renderInlines(childrenOf(node), ctx, depth + 1))
    case 'list':
      return renderList(node, ctx, depth)
    case 'listitem':
      return renderList({ type: 'list', listType: 'bullet', children: [node] }, ctx, depth)
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
      return renderUpload(node, ctx, true)
    case 'relationship':
    case 'block':
      return ''
    default:
      return renderFlow(childrenOf(node), ctx, depth + 1)
  }
}

/** Block-level content: blocks as they are, each run of loose inline nodes as a paragraph. */
function renderFlow(nodes: readonly Node[], ctx: Context, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  return flowOf(nodes)
    .map((part) => (Array.isArray(part) ? wrap('p', renderInlines(part, ctx, depth)) : renderBlock(part, ctx, depth)))
    .join('')
}

/**
 * HTML for a rich text value (`{ root: { type: 'root', children } }`, as the REST API returns a
 * richText field), safe to insert into a page as it is. `''` for anything that is not rich text.
 */
export function richTextToHtml(value: unknown, options: RichTextHtmlOptions = {}): string {
  const root = rootOf(value, options.lang)
  if (!root) return ''
  const ctx: Context = { lang: options.lang, resolveInternalLink: options.resolveInternalLink, inLink: false }
  return renderFlow(childrenOf(root), ctx, 0)
}

// --- Plain text --------------------------------------------------------------------------------

function inlineText(node: Node, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  switch (node.type) {
    case 'text':
      return textOf(node)
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'upload':
      return ''
    default:
      return childrenOf(node)
        .map((child) => inlineText(child, depth + 1))
        .join('')
  }
}

/** The lines of a list: one per item, nested items on lines of their own. */
function listLines(node: Node, depth: number): string[] {
  if (depth > MAX_DEPTH) return []
  const lines: string[] = []
  for (const item of childrenOf(node)) {
    let line = ''
    const nested: string[] = []
    for (const child of item.type === 'listitem' ? childrenOf(item) : [item]) {
      if (child.type === 'list') nested.push(...listLines(child, depth + 1))
      else line += inlineText(child, depth + 1)
    }
    if (line.trim() !== '') lines.push(line.trim())
    lines.push(...nested)
  }
  return lines
}

function blockTexts(nodes: readonly Node[], depth: number): string[] {
  if (depth > MAX_DEPTH) return []
  const blocks: string[] = []
  for (const node of flowOf(nodes)) {
    if (Array.isArray(node)) {
      blocks.push(node.map((inline) => inlineText(inline, depth)).join(''))
      continue
    }
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        blocks.push(inlineText(node, depth))
        break
      case 'list':
        blocks.push(listLines(node, depth).join('\n'))
        break
      case 'listitem':
        blocks.push(listLines({ type: 'list', children: [node] }, depth).join('\n'))
        break
      case 'upload':
      case 'horizontalrule':
      case 'relationship':
      case 'block':
        break
      default:
        blocks.push(...blockTexts(childrenOf(node), depth + 1))
    }
  }
  return blocks
}

/**
 * The text of a rich text value: blocks (paragraphs, headings, quotes, lists) separated by a blank
 * line, list items on lines of their own, line breaks as `\n`, tabs as `\t`, links as their text;
 * images and other embedded content are left out. NFC, not escaped (escape it where it goes into
 * HTML), e.g. for a meta description. `''` for anything that is not rich text.
 */
export function richTextToPlainText(value: unknown, options: RichTextPlainTextOptions = {}): string {
  const root = rootOf(value, options.lang)
  if (!root) return ''
  return blockTexts(childrenOf(root), 0)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .join('\n\n')
}
