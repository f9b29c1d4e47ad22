/**
 * Builds Lexical rich-text JSON (the body format of Payload's editor) from plain paragraphs:
 * "## Heading" becomes a heading, consecutive "- item" lines one bullet list.
 */
type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const block = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export function richText(paragraphs: string[]): { root: LexicalNode } {
  const children: LexicalNode[] = []
  let list: LexicalNode[] | undefined
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('- ')) {
      list ??= []
      list.push(block('listitem', [text(paragraph.slice(2))], { value: list.length + 1 }))
      continue
    }
    if (list) {
      children.push(block('list', list, { listType: 'bullet', start: 1, tag: 'ul' }))
      list = undefined
    }
    if (paragraph.startsWith('## ')) children.push(block('heading', [text(paragraph.slice(3))], { tag: 'h2' }))
    else children.push(block('paragraph', [text(paragraph)], { textFormat: 0, textStyle: '' }))
  }
  if (list) children.push(block('list', list, { listType: 'bullet', start: 1, tag: 'ul' }))
  return { root: block('root', children) }
}
