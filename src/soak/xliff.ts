/**
 * What a translator's tool does with an exported XLIFF 2.0 file: a `<target>` for every segment
 * that has none, each run of text translated and the inline codes kept. Segments that already
 * have a target (the disclaimer, filled in Thai) are left alone. Returns the file and how many
 * units got a translation.
 */
export function fillTargets(xml: string, translate: (text: string) => string): { xml: string; units: number } {
  const units = new Set<string>()
  let unit = ''
  const filled = xml.replace(
    /<unit id="([^"]+)"|<segment([^>]*)>\s*<source([^>]*)>([\s\S]*?)<\/source>(\s*<target[^>]*>[\s\S]*?<\/target>)?/g,
    (all, unitId: string | undefined, attrs: string, sourceAttrs: string, inner: string, existing: string | undefined) => {
      if (unitId) {
        unit = unitId
        return all
      }
      if (existing) return all
      units.add(unit)
      const target = inner.replace(/(^|>)([^<]+)(?=<|$)/g, (_m, before: string, text: string) => `${before}${escapeXml(translate(unescapeXml(text)))}`)
      return `<segment${attrs}><source${sourceAttrs}>${inner}</source><target${sourceAttrs}>${target}</target>`
    },
  )
  return { xml: filled, units: units.size }
}

const unescapeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
