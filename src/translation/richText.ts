/**
 * Lexical rich text (Payload's editor JSON) ⇄ XLIFF 2.0 segments. Pure: no database, no Payload.
 *
 * Segments. Every text-bearing block (paragraph, heading, quote, list item, and any other element
 * whose children include inline nodes) gives one segment holding its inline content; blocks without
 * text (upload, relationship, horizontalrule, block …) and whitespace-only blocks give none and are
 * copied unchanged into the translation. Segment ids are the block's position: `b` followed by the
 * child indices from the root, joined with dots — `b0` is the first root block, `b3.1` the second
 * item of the list at root index 3, `b3.1.1.0` the first item of a list nested at child index 1 of
 * that item. (Should an element mix inline nodes and blocks, its first run of inline nodes has the
 * element's id and any later run the id of the run's first child.)
 *
 * Codes (XLIFF 2.0 inline markup in a segment's xml), with ids `<segment id>-<n>` so that they are
 * unique within an XLIFF unit holding all segments of a field, as the spec requires:
 * - text formats (Lexical `format` bits) → `<pc id type="fmt" subType>`, one per bit, nested for
 *   combined formats: bold `xlf:b`, italic `xlf:i`, underline `xlf:u` (the only format values
 *   XLIFF 2.0 defines: xlf:lb, xlf:pb, xlf:b, xlf:i, xlf:u), and our own `clinic:s` strikethrough,
 *   `clinic:code`, `clinic:sub`, `clinic:sup`, `clinic:highlight`, `clinic:lowercase`,
 *   `clinic:uppercase`, `clinic:capitalize`, `clinic:f<bit>` for any other bit;
 * - a text node with other properties than the defaults (style, mode, detail …) → an innermost
 *   `<pc type="fmt" subType="clinic:style">`; the text inside it gets that node's properties back;
 * - link / autolink → `<pc type="link" dataRefStart="<segment id>-d<n>">`, the URL (or
 *   `internal:<collection>/<id>` for a link to a document) in the segment's `data` for the unit's
 *   <originalData>; the link node (fields, id …) is restored from the source by the code id;
 * - linebreak → `<ph type="fmt" subType="xlf:lb"/>`, tab → `<ph type="fmt" subType="clinic:tab"/>`,
 *   any other inline node (e.g. an inline block) → `<ph type="other"/>`, restored from the source.
 *
 * Translators may move, reorder, nest differently or drop codes; a target can also use `<sc/>`/`<ec/>`
 * pairs instead of a `<pc>` (as tools do for overlapping codes). Text is NFC; whitespace is kept.
 */
import { parseInline, serializeInline, type InlineElement, type InlineNode } from './xliff'

export interface LexicalNode {
  type: string
  children?: LexicalNode[]
  [key: string]: unknown
}

/** A rich text value as Payload stores it. */
export interface RichTextValue {
  root: LexicalNode
  [key: string]: unknown
}

/** Either a whole rich text value or its root node. */
export type RichTextInput = RichTextValue | LexicalNode

export interface Segment {
  /** Position-derived id, e.g. `b0`, `b3.1`. */
  id: string
  /** Inline content as canonical XLIFF 2.0 inline markup. */
  xml: string
  /** Plain text (linebreak as \n, tab as \t), for display and diffs. */
  text: string
  /** Original data referred to by the codes (link URLs), for the unit's <originalData>. */
  data: Record<string, string>
}

export const FORMAT_SUBTYPES: Readonly<Record<number, string>> = {
  1: 'xlf:b',
  2: 'xlf:i',
  4: 'clinic:s',
  8: 'xlf:u',
  16: 'clinic:code',
  32: 'clinic:sub',
  64: 'clinic:sup',
  128: 'clinic:highlight',
  256: 'clinic:lowercase',
  512: 'clinic:uppercase',
  1024: 'clinic:capitalize',
}

const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'linebreak', 'tab'])
/** Node types that are blocks even in an element that holds text (a nested list in a list item …). */
const BLOCK_TYPES = new Set([
  'root',
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'upload',
  'relationship',
  'horizontalrule',
  'block',
  'table',
  'tablerow',
  'tablecell',
  'code',
])

const TEXT_DEFAULTS: Readonly<Record<string, unknown>> = { detail: 0, mode: 'normal', style: '', version: 1 }
/** A plain text node in Lexical's own key order (used when the source has none to copy). */
const DEFAULT_TEXT: LexicalNode = { detail: 0, format: 0, mode: 'normal', style: '', text: '', type: 'text', version: 1 }

/** A deep copy of an element with other children, its keys in the same order. */
function copyWithChildren(node: LexicalNode, children: LexicalNode[]): LexicalNode {
  const copy = {} as LexicalNode
  for (const [key, value] of Object.entries(node)) copy[key] = key === 'children' ? children : structuredClone(value)
  if (!('children' in copy)) copy.children = children
  return copy
}

type Code =
  | { kind: 'fmt'; bit: number }
  | { kind: 'props'; node: LexicalNode }
  | { kind: 'link'; node: LexicalNode }
  | { kind: 'ph'; node: LexicalNode }

interface Plan {
  id: string
  container: LexicalNode
  /** The inline run is container.children[start, end). */
  start: number
  end: number
  nodes: InlineNode[]
  codes: Map<string, Code>
  data: Record<string, string>
  text: string
  /** A plain text node of the run, whose key order new text nodes copy. */
  template?: LexicalNode
}

type Run = { kind: 'block'; index: number } | { kind: 'inline'; start: number; end: number }

function rootOf(input: RichTextInput): LexicalNode {
  return (input as LexicalNode).type === 'root' || !('root' in input) ? (input as LexicalNode) : (input as RichTextValue).root
}

function isInline(node: LexicalNode, parentHasText: boolean): boolean {
  if (INLINE_TYPES.has(node.type)) return true
  return parentHasText && !BLOCK_TYPES.has(node.type)
}

/** The children of an element as blocks and maximal runs of inline nodes. */
function runsOf(children: readonly LexicalNode[]): Run[] {
  const parentHasText = children.some((child) => INLINE_TYPES.has(child?.type))
  const runs: Run[] = []
  for (let i = 0; i < children.length; i++) {
    if (!isInline(children[i]!, parentHasText)) {
      runs.push({ kind: 'block', index: i })
      continue
    }
    let end = i + 1
    while (end < children.length && isInline(children[end]!, parentHasText)) end++
    runs.push({ kind: 'inline', start: i, end })
    i = end - 1
  }
  return runs
}

function isPlainText(node: LexicalNode): boolean {
  const keys = Object.keys(node)
  if (keys.length !== 7 || typeof node.format !== 'number' || typeof node.text !== 'string') return false
  return Object.entries(TEXT_DEFAULTS).every(([key, value]) => node[key] === value)
}

function formatBits(format: unknown): number[] {
  const bits: number[] = []
  if (typeof format !== 'number' || !Number.isInteger(format) || format <= 0) return bits
  for (let bit = 1; bit <= format && bit <= 2 ** 30; bit *= 2) if (format & bit) bits.push(bit)
  return bits
}

function linkData(node: LexicalNode): string {
  const fields = (node.fields ?? {}) as { url?: unknown; doc?: unknown }
  if (typeof fields.url === 'string' && fields.url !== '') return fields.url
  const doc = fields.doc as { relationTo?: unknown; value?: unknown } | null | undefined
  if (doc && typeof doc === 'object' && typeof doc.relationTo === 'string') {
    const value = doc.value && typeof doc.value === 'object' ? (doc.value as { id?: unknown }).id : doc.value
    return `internal:${doc.relationTo}/${String(value ?? '')}`
  }
  return ''
}

/** Builds the inline markup of one run of inline nodes. */
class SegmentBuilder {
  readonly codes = new Map<string, Code>()
  readonly data: Record<string, string> = {}
  text = ''
  template?: LexicalNode
  private counter = 0

  constructor(private readonly segmentId: string) {}

  private newCode(code: Code): string {
    const id = `${this.segmentId}-${++this.counter}`
    this.codes.set(id, code)
    return id
  }

  build(nodes: readonly LexicalNode[], out: InlineNode[]): void {
    /** Open formatting codes, outermost first. */
    const stack: Array<{ bit: number; element: InlineElement }> = []
    const current = (): InlineNode[] => (stack.length > 0 ? stack[stack.length - 1]!.element.children : out)
    for (const node of nodes) {
      if (node.type === 'text' && typeof node.text === 'string') {
        const bits = formatBits(node.format)
        let keep = 0
        while (keep < stack.length && bits.includes(stack[keep]!.bit)) keep++
        stack.length = keep
        for (const bit of bits) {
          if (stack.some((open) => open.bit === bit)) continue
          const element: InlineElement = {
            name: 'pc',
            attrs: { id: this.newCode({ kind: 'fmt', bit }), type: 'fmt', subType: FORMAT_SUBTYPES[bit] ?? `clinic:f${bit}` },
            children: [],
          }
          current().push(element)
          stack.push({ bit, element })
        }
        const text = node.text.normalize('NFC')
        this.text += text
        if (isPlainText(node)) {
          this.template ??= node
          current().push(text)
        } else {
          const id = this.newCode({ kind: 'props', node })
          current().push({ name: 'pc', attrs: { id, type: 'fmt', subType: 'clinic:style' }, children: text === '' ? [] : [text] })
        }
      } else if (node.type === 'link' || node.type === 'autolink') {
        stack.length = 0
        const id = this.newCode({ kind: 'link', node })
        const attrs: Record<string, string> = { id, type: 'link' }
        const url = linkData(node)
        if (url !== '') {
          const dataId = `${this.segmentId}-d${this.counter}`
          this.data[dataId] = url
          attrs.dataRefStart = dataId
        }
        const element: InlineElement = { name: 'pc', attrs, children: [] }
        out.push(element)
        this.build(Array.isArray(node.children) ? node.children : [], element.children)
      } else if (node.type === 'linebreak') {
        current().push({ name: 'ph', attrs: { id: this.newCode({ kind: 'ph', node }), type: 'fmt', subType: 'xlf:lb' }, children: [] })
        this.text += '\n'
      } else if (node.type === 'tab') {
        current().push({ name: 'ph', attrs: { id: this.newCode({ kind: 'ph', node }), type: 'fmt', subType: 'clinic:tab' }, children: [] })
        this.text += '\t'
      } else {
        current().push({ name: 'ph', attrs: { id: this.newCode({ kind: 'ph', node }), type: 'other' }, children: [] })
      }
    }
  }
}

function segmentId(path: readonly number[]): string {
  return `b${path.join('.')}`
}

/** All segments of a rich text, with what is needed to rebuild them, in document order. */
function plan(root: LexicalNode): Plan[] {
  const plans: Plan[] = []
  const walk = (node: LexicalNode, path: number[]): void => {
    if (!Array.isArray(node.children)) return
    let firstRun = true
    for (const run of runsOf(node.children)) {
      if (run.kind === 'block') {
        walk(node.children[run.index]!, [...path, run.index])
        continue
      }
      const id = segmentId(firstRun ? path : [...path, run.start])
      firstRun = false
      const builder = new SegmentBuilder(id)
      const nodes: InlineNode[] = []
      builder.build(node.children.slice(run.start, run.end), nodes)
      if (builder.text.trim() === '') continue
      plans.push({ id, container: node, start: run.start, end: run.end, nodes, codes: builder.codes, data: builder.data, text: builder.text, template: builder.template })
    }
  }
  walk(root, [])
  return plans
}

/**
 * The translatable segments of a rich text (an empty list for null/undefined or a text without
 * text). The same rich text always gives the same segments.
 */
export function toSegments(richText: RichTextInput | null | undefined): Segment[] {
  if (!richText) return []
  return plan(rootOf(richText)).map((p) => ({ id: p.id, xml: serializeInline(p.nodes), text: p.text, data: p.data }))
}

type Item = { kind: 'text'; text: string; codes: string[] } | { kind: 'ph'; id: string; codes: string[] }

/** Reads target markup into text and placeholder items with the codes active on each. */
function itemsOf(nodes: readonly InlineNode[], p: Plan, fail: (message: string) => void): Item[] {
  const items: Item[] = []
  const used = new Set<string>()
  const openSc: string[] = []
  const use = (element: InlineElement, as: 'pc' | 'ph'): string | undefined => {
    const id = element.attrs.id
    if (id === undefined) {
      fail(`a <${element.name}> has no id`)
      return undefined
    }
    const code = p.codes.get(id)
    if (!code) {
      fail(`code "${id}" is not in the source segment`)
      return undefined
    }
    const sourceName = code.kind === 'ph' ? 'ph' : 'pc'
    if (sourceName !== as) {
      fail(`code "${id}" is a <${sourceName}> in the source but a <${element.name}> in the target`)
      return undefined
    }
    if (used.has(id)) {
      fail(`code "${id}" is used more than once`)
      return undefined
    }
    used.add(id)
    return id
  }
  const walk = (list: readonly InlineNode[], active: readonly string[]): void => {
    for (const node of list) {
      if (typeof node === 'string') {
        items.push({ kind: 'text', text: node, codes: [...active, ...openSc] })
      } else if (node.name === 'pc') {
        const id = use(node, 'pc')
        walk(node.children, id === undefined ? active : [...active, id])
      } else if (node.name === 'ph') {
        const id = use(node, 'ph')
        if (id !== undefined) items.push({ kind: 'ph', id, codes: [...active, ...openSc] })
      } else if (node.name === 'sc') {
        const id = use(node, 'pc')
        if (id !== undefined) openSc.push(id)
      } else if (node.name === 'ec') {
        const ref = node.attrs.startRef ?? node.attrs.id
        const index = ref === undefined ? -1 : openSc.lastIndexOf(ref)
        if (index < 0) fail(`unbalanced markup: <ec${ref === undefined ? '' : ` startRef="${ref}"`}/> has no matching <sc/>`)
        else openSc.splice(index, 1)
      }
    }
  }
  walk(nodes, [])
  for (const id of openSc) fail(`unbalanced markup: <sc id="${id}"/> is never closed`)
  return items
}

/** Rebuilds Lexical inline nodes from target items. */
function nodesOf(items: readonly Item[], p: Plan, template: LexicalNode, fail: (message: string) => void): LexicalNode[] {
  const out: LexicalNode[] = []
  const finishedLinks = new Set<string>()
  let link: { id: string; node: LexicalNode } | undefined
  /** Key of the last text node written into `target`, to merge runs that have the same properties. */
  let lastKey: string | undefined
  const target = (): LexicalNode[] => (link ? link.node.children! : out)

  for (const item of items) {
    let linkId: string | undefined
    let format = 0
    let props: string | undefined
    for (const id of item.codes) {
      const code = p.codes.get(id)!
      if (code.kind === 'link') {
        if (linkId !== undefined && linkId !== id) fail(`links "${linkId}" and "${id}" are nested`)
        linkId = id
      } else if (code.kind === 'fmt') format |= code.bit
      else if (code.kind === 'props') props = id
    }
    if (linkId !== link?.id) {
      if (link) finishedLinks.add(link.id)
      link = undefined
      lastKey = undefined
      if (linkId !== undefined) {
        if (finishedLinks.has(linkId)) fail(`link "${linkId}" is split into parts`)
        link = { id: linkId, node: copyWithChildren((p.codes.get(linkId) as { node: LexicalNode }).node, []) }
        out.push(link.node)
      }
    }
    if (item.kind === 'ph') {
      target().push(structuredClone((p.codes.get(item.id) as { node: LexicalNode }).node))
      lastKey = undefined
      continue
    }
    const text = item.text.normalize('NFC')
    if (text === '') continue
    const key = `${format}/${props ?? ''}`
    const siblings = target()
    const last = siblings[siblings.length - 1]
    if (key === lastKey && last) {
      last.text = `${last.text as string}${text}`
      continue
    }
    const node: LexicalNode =
      props === undefined
        ? { ...template, format, text }
        : { ...structuredClone((p.codes.get(props) as { node: LexicalNode }).node), format, text }
    siblings.push(node)
    lastKey = key
  }
  return out
}

export interface FromSegmentsResult<T> {
  /** The rebuilt rich text, of the same shape as the source (value or root node). */
  root: T
  /** One message per problem, each naming its segment id; empty when all segments were used. */
  errors: string[]
}

/**
 * Rebuilds a rich text in the target language: the block structure, block attributes and blocks
 * without text come from `source`; the inline content of each segment from `targets` (segment id →
 * inline XML of the <target>). Problems are returned as errors naming the segment: a segment
 * without a translation or with an empty one, a translation for a segment that does not exist,
 * malformed or unbalanced markup, a code that is not in the source segment, used twice, or of
 * another kind (<ph> for <pc>). Such a segment keeps the source's content in `root`; the caller
 * should reject the unit. A null/undefined source (an empty field) gives itself back.
 */
export function fromSegments<T extends RichTextInput | null | undefined>(
  source: T,
  targets: Readonly<Record<string, string | null | undefined>>,
): FromSegmentsResult<T> {
  const errors: string[] = []
  if (!source) {
    for (const id of Object.keys(targets)) errors.push(`segment ${id}: there is no such segment in the source`)
    return { root: source, errors }
  }
  const sourceRoot = rootOf(source)
  const plans = plan(sourceRoot)
  const template = plans.find((p) => p.template)?.template ?? DEFAULT_TEXT
  const rebuilt = new Map<Plan, LexicalNode[]>()
  const known = new Set(plans.map((p) => p.id))
  for (const id of Object.keys(targets)) {
    if (!known.has(id)) errors.push(`segment ${id}: there is no such segment in the source`)
  }
  for (const p of plans) {
    const xml = Object.hasOwn(targets, p.id) ? targets[p.id] : undefined
    if (typeof xml !== 'string') {
      errors.push(`segment ${p.id}: no translation`)
      continue
    }
    const problems: string[] = []
    const fail = (message: string): void => {
      problems.push(`segment ${p.id}: ${message}`)
    }
    let nodes: InlineNode[]
    try {
      nodes = parseInline(xml)
    } catch (error) {
      errors.push(`segment ${p.id}: ${(error as Error).message}`)
      continue
    }
    const items = itemsOf(nodes, p, fail)
    if (!items.some((item) => item.kind === 'text' && item.text.trim() !== '')) fail('the translation is empty')
    const children = nodesOf(items, p, p.template ?? template, fail)
    if (problems.length > 0) errors.push(...problems)
    else rebuilt.set(p, children)
  }

  const byContainer = new Map<LexicalNode, Map<number, Plan>>()
  for (const p of plans) {
    if (!byContainer.has(p.container)) byContainer.set(p.container, new Map())
    byContainer.get(p.container)!.set(p.start, p)
  }
  const rebuild = (node: LexicalNode): LexicalNode => {
    if (!Array.isArray(node.children)) return structuredClone(node)
    const children: LexicalNode[] = []
    for (const run of runsOf(node.children)) {
      if (run.kind === 'block') {
        children.push(rebuild(node.children[run.index]!))
        continue
      }
      const p = byContainer.get(node)?.get(run.start)
      const translated = p && rebuilt.get(p)
      children.push(...(translated ?? structuredClone(node.children.slice(run.start, run.end))))
    }
    return copyWithChildren(node, children)
  }
  const root = rebuild(sourceRoot)
  const result = sourceRoot === source ? root : { ...structuredClone({ ...(source as RichTextValue), root: undefined }), root }
  return { root: result as T, errors }
}
