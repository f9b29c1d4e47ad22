import { Kiosk } from '../_components/Kiosk'
import { DEFAULT_IDLE_SECONDS, kioskOptions, parseIdleSeconds } from '@/kiosk/config'

// Rendered per request (never at build time, when there is no server): the idle default comes
// from the running server's environment. The content is loaded in the browser from /api.
export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function KioskPage({ searchParams }: Props) {
  // The server checked KIOSK_IDLE_SECONDS at start; the fallback only covers a page served without it.
  const deploymentIdleSeconds = parseIdleSeconds(process.env.KIOSK_IDLE_SECONDS) ?? DEFAULT_IDLE_SECONDS
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(await searchParams)) if (typeof value === 'string') query.set(key, value)
  return <Kiosk initial={kioskOptions(query, deploymentIdleSeconds)} deploymentIdleSeconds={deploymentIdleSeconds} />
}
