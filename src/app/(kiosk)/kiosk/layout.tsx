import '@fontsource/noto-sans-thai/400.css'
import '@fontsource/noto-sans-thai/700.css'
import './kiosk.css'

import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { translator } from '@/i18n'
import { DEFAULT_LANGUAGE } from '@/kiosk/config'

export const metadata: Metadata = {
  title: translator(DEFAULT_LANGUAGE, 'kiosk')('title'),
  // A waiting-room screen, not a page for search engines.
  robots: { index: false, follow: false },
  // No favicon request (there is none to serve, and a 404 is noise in the kiosk's logs).
  icons: { icon: 'data:,' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f5c' }

/**
 * The kiosk's own root layout (the admin and the website have theirs). <html lang> starts in the
 * default language; the kiosk updates it when the reader switches language.
 */
export default function KioskLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LANGUAGE} className="k-root">
      <body className="k-body">{children}</body>
    </html>
  )
}
