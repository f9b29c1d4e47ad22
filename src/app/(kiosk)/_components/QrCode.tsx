'use client'

import { useMemo } from 'react'

import { qrShape } from '@/kiosk/qr'

/** A QR code as an image with an accessible name; the caller shows the readable value beside it. */
export function QrCode({ value, label }: { value: string; label: string }) {
  const shape = useMemo(() => qrShape(value), [value])
  return (
    <svg className="k-qr" role="img" aria-label={label} viewBox={`0 0 ${shape.size} ${shape.size}`} shapeRendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
      <rect width={shape.size} height={shape.size} fill="#fff" />
      <path d={shape.path} fill="#000" />
    </svg>
  )
}
