import { richTextToHtml } from '../richTextToHtml'
import type { View } from '../page'
import { EnglishOnlyLabel } from './Localized'

/** Lexical JSON from the API as HTML built by our escaping renderer (never raw HTML from the API). */
export function RichText({ view, path, value, className = 'prose' }: { view: View; path: string; value: unknown; className?: string }) {
  const html = richTextToHtml(value, {
    lang: view.language,
    // A link to another published document goes to its page here; an unpublished one is plain text.
    resolveInternalLink: ({ relationTo, value: doc }) => {
      const slug = typeof doc === 'object' && doc !== null ? (doc as { slug?: unknown }).slug : undefined
      return typeof slug === 'string' ? view.href(`/${relationTo}/${slug}`) : null
    },
  })
  if (!html) return null
  const english = view.isEnglish(path)
  return (
    <div className={className} lang={english ? 'en' : undefined}>
      {english && <EnglishOnlyLabel view={view} />}
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  )
}
