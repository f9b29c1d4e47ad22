/**
 * A word-level diff of two texts (longest common subsequence of words), for showing what changed
 * in an English source since it was translated. Whitespace is kept so each side reads as before.
 */
export type DiffPart = { type: 'equal' | 'delete' | 'insert'; text: string }

/** Above this many cells (words × words) the middle is shown as one replacement instead. */
const MAX_CELLS = 4_000_000

/** Words and the whitespace between them, in order: joined, they give the text back. */
export const tokenize = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? []

const isSpace = (token: string) => /^\s+$/.test(token)

function push(parts: DiffPart[], type: DiffPart['type'], text: string) {
  if (!text) return
  const last = parts[parts.length - 1]
  if (last && last.type === type) last.text += text
  else parts.push({ type, text })
}

/** The middle of the two token lists (common ends already removed), by LCS. */
function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length
  const m = b.length
  const parts: DiffPart[] = []
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) {
    push(parts, 'delete', a.join(''))
    push(parts, 'insert', b.join(''))
    return parts
  }
  // lengths[i][j]: the LCS of a[i..] and b[j..], row-major in one array.
  const width = m + 1
  const lengths = new Uint32Array((n + 1) * width)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j] ? lengths[(i + 1) * width + j + 1]! + 1 : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!)
    }
  }
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push(parts, 'equal', a[i]!)
      i++
      j++
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      push(parts, 'delete', a[i++]!)
    } else {
      push(parts, 'insert', b[j++]!)
    }
  }
  while (i < n) push(parts, 'delete', a[i++]!)
  while (j < m) push(parts, 'insert', b[j++]!)
  return parts
}

/**
 * Readable runs: a lone space kept between two changes joins them (one struck-out phrase, not
 * word-space-word), and within each run of changes the deletion comes before the insertion.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const joined: DiffPart[] = []
  parts.forEach((part, index) => {
    const before = parts[index - 1]
    const after = parts[index + 1]
    if (part.type === 'equal' && isSpace(part.text) && before && after && before.type !== 'equal' && after.type !== 'equal') {
      joined.push({ type: 'delete', text: part.text }, { type: 'insert', text: part.text })
    } else {
      joined.push(part)
    }
  })
  const result: DiffPart[] = []
  let deleted = ''
  let inserted = ''
  const flush = () => {
    push(result, 'delete', deleted)
    push(result, 'insert', inserted)
    deleted = ''
    inserted = ''
  }
  for (const part of joined) {
    if (part.type === 'delete') deleted += part.text
    else if (part.type === 'insert') inserted += part.text
    else {
      flush()
      push(result, 'equal', part.text)
    }
  }
  flush()
  return result
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const parts: DiffPart[] = []
  push(parts, 'equal', a.slice(0, start).join(''))
  for (const part of lcsDiff(a.slice(start, endA), b.slice(start, endB))) push(parts, part.type, part.text)
  push(parts, 'equal', a.slice(endA).join(''))
  return tidy(parts)
}
