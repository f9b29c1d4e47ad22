'use client'

import { pick } from '@/kiosk/text'
import type { Localized } from '@/kiosk/types'

import { EnglishOnly, Text } from './Localized'
import { ScreenTitle } from './ScreenTitle'
import { useView } from './view'

/** A document screen's title and lead text, each marked when it fell back to English. */
export function DocumentTitle({ title, lead }: { title: Localized<string>; lead: Localized<string> }) {
  const { lang } = useView()
  const name = pick(title, lang)
  return (
    <>
      <ScreenTitle lang={name.fellBack ? 'en' : undefined}>
        {name.value}
        {name.fellBack && <> <EnglishOnly /></>}
      </ScreenTitle>
      <Text as="p" className="k-lead" value={lead} />
    </>
  )
}
