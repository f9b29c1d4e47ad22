/**
 * A QR code as one SVG path (black modules on a white, quiet-zone margin), built from the `qrcode`
 * package's module matrix so React renders it as elements: no generated markup is injected.
 */
import QRCode from 'qrcode'

export type QrShape = { size: number; path: string }

const MARGIN = 2

export function qrShape(text: string): QrShape {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
  let path = ''
  for (let y = 0; y < size; y++) {
    // One rectangle per horizontal run of dark modules keeps the path short.
    for (let x = 0; x < size; x++) {
      if (!data[y * size + x]) continue
      const start = x
      while (x + 1 < size && data[y * size + x + 1]) x++
      path += `M${start + MARGIN} ${y + MARGIN}h${x - start + 1}v1h-${x - start + 1}z`
    }
  }
  return { size: size + 2 * MARGIN, path }
}
