/*
 * The waiting-room kiosk's service worker (registered by /kiosk with scope /kiosk).
 *
 * It keeps the /kiosk page and the build assets it uses (/_next/static: scripts, styles, fonts), so
 * that a reload without network still starts the kiosk. The content itself is not kept here: the
 * page saves the last API answer (localStorage) and shows it with an "offline" note. Requests to
 * /api pass through untouched, so the page always learns whether the API answers.
 *
 * - The page: network first (fresh HTML after a deploy), the saved copy when the network fails,
 *   answers 5xx or takes longer than PAGE_TIMEOUT_MS.
 * - /_next/static: cache first (file names carry a content hash, so a cached file never changes).
 */
const CACHE = 'clinic-kiosk-v1'
const PAGE = '/kiosk'
const PAGE_TIMEOUT_MS = 8000
const ASSET = /\/_next\/static\/[^"'\s()<>\\]+/g
const CSS_URL = /url\(\s*['"]?([^'")]+)['"]?\s*\)/g

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      try {
        await cachePage(await caches.open(CACHE))
      } catch (error) {
        // Installed without network: pages and assets are kept as they are fetched.
        console.warn('kiosk-sw: could not prefetch the kiosk', error)
      }
      await self.skipWaiting()
    })(),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith('clinic-kiosk-') && name !== CACHE) await caches.delete(name)
      await self.clients.claim()
    })(),
  )
})

self.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'cache-assets' || !Array.isArray(data.urls)) return
  const urls = data.urls.filter((url) => typeof url === 'string' && url.startsWith('/_next/static/'))
  event.waitUntil(caches.open(CACHE).then((cache) => cacheAssets(cache, urls)))
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && (url.pathname === PAGE || url.pathname === `${PAGE}/`)) {
    event.respondWith(networkFirstPage(request))
  } else if (url.pathname.startsWith('/_next/static/')) {
    event.respondWith(cacheFirst(request))
  }
})

/** The page and every asset it names, and the fonts its style sheets name. */
async function cachePage(cache) {
  const response = await fetch(PAGE, { cache: 'no-store' })
  if (!response.ok) throw new Error(`GET ${PAGE}: ${response.status}`)
  const html = await response.clone().text()
  await cache.put(PAGE, response)
  await cacheAssets(cache, html.match(ASSET) ?? [])
}

async function cacheAssets(cache, urls) {
  await Promise.all(
    [...new Set(urls)].map(async (url) => {
      try {
        if (await cache.match(url, { ignoreVary: true })) return
        const response = await fetch(url)
        if (!response.ok) return
        const absolute = new URL(url, self.location.origin)
        if (absolute.pathname.endsWith('.css')) await cacheAssets(cache, referencedBy(await response.clone().text(), absolute))
        await cache.put(url, response)
      } catch {
        // One missing asset must not stop the others; it is fetched again when used.
      }
    }),
  )
}

/** The build assets a style sheet names (fonts): its url()s are relative to the sheet. */
function referencedBy(css, sheetUrl) {
  const urls = []
  for (const [, reference] of css.matchAll(CSS_URL)) {
    const url = new URL(reference, sheetUrl)
    // woff2 only: every browser with service workers reads it, so the .woff copies are never used.
    if (url.origin === self.location.origin && url.pathname.startsWith('/_next/static/') && !url.pathname.endsWith('.woff')) urls.push(url.pathname)
  }
  return urls
}

async function networkFirstPage(request) {
  const cache = await caches.open(CACHE)
  try {
    const response = await withTimeout(fetch(request), PAGE_TIMEOUT_MS)
    if (response.ok) {
      await cache.put(PAGE, response.clone())
      return response
    }
    if (response.status >= 500) return (await cache.match(PAGE, { ignoreVary: true })) ?? response
    return response
  } catch (error) {
    const cached = await cache.match(PAGE, { ignoreVary: true })
    if (cached) return cached
    throw error
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE)
  const cached = await cache.match(request, { ignoreVary: true })
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) await cache.put(request, response.clone())
  return response
}

function withTimeout(promise, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}
