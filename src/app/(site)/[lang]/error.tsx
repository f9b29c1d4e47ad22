'use client'

import { useParams } from 'next/navigation'

import { translator } from '@/i18n'

/** The API could not be reached or failed: say so in the page's language instead of a blank page. */
export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  const params = useParams<{ lang: string }>()
  const t = translator(params?.lang === 'th' ? 'th' : 'en', 'site')
  return (
    <>
      <h1>{t('unavailable.title')}</h1>
      <p>{t('unavailable.body')}</p>
      <p>
        <button type="button" onClick={reset}>
          {t('unavailable.retry')}
        </button>
      </p>
    </>
  )
}
