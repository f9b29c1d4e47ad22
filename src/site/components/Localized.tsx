import type { ReactNode } from 'react'

import type { View } from '../page'

type Tag = 'span' | 'p' | 'div' | 'h1' | 'h2' | 'h3' | 'li' | 'blockquote' | 'dd'

/**
 * Text that may have fallen back to English on a Thai page: then it says so, with `lang="en"` for
 * screen readers and fonts and a visible "English only" label, instead of passing as Thai.
 */
export function Localized({ view, path, as: Element = 'span', className, children }: { view: View; path: string; as?: Tag; className?: string; children: ReactNode }) {
  if (!view.isEnglish(path)) return <Element className={className}>{children}</Element>
  return (
    <Element className={[className, 'english-only'].filter(Boolean).join(' ')} lang="en">
      {children} <EnglishOnlyLabel view={view} />
    </Element>
  )
}

export function EnglishOnlyLabel({ view }: { view: View }) {
  return (
    <small className="english-only-label" lang={view.language} title={view.t('englishOnlyHint')}>
      {view.t('englishOnly')}
    </small>
  )
}
