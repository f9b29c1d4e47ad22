/**
 * Registers the kiosk's service worker (public/kiosk-sw.js), which keeps the /kiosk page and its
 * scripts, styles and fonts for a reload without network. Browsers offer service workers only on
 * https:// or localhost; elsewhere the kiosk still keeps its content (localStorage) but a reload
 * needs the server.
 */
export const SERVICE_WORKER_URL = '/kiosk-sw.js'
export const SERVICE_WORKER_SCOPE = '/kiosk'

/** Same-origin build assets this page has loaded so far (chunks, CSS, fonts). */
function loadedAssets(): string[] {
  const assets = new Set<string>()
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name, location.href)
    if (url.origin === location.origin && url.pathname.startsWith('/_next/static/')) assets.add(url.pathname + url.search)
  }
  return [...assets]
}

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  try {
    await navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: SERVICE_WORKER_SCOPE })
    const registration = await navigator.serviceWorker.ready
    // The first visit loaded its assets before the worker existed: hand it the list to keep.
    registration.active?.postMessage({ type: 'cache-assets', urls: loadedAssets() })
  } catch (error) {
    console.warn('kiosk: service worker not available; offline reloads will not work', error)
  }
}
