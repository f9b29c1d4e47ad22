'use client'

import type { KioskContraindication } from '@/kiosk/types'

import { useView } from './view'

/** The CMS's severity in words (absolute: must not be treated; relative: ask first). */
export function SeverityLabel({ severity }: { severity: KioskContraindication['severity'] }) {
  const { t } = useView()
  return <span className={`k-severity k-severity-${severity}`}>{t(severity === 'absolute' ? 'checklist.absolute' : 'checklist.relative')}</span>
}
