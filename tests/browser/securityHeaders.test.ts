import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { apiClient } from '../helpers/api'
import { launchBrowser, watchContentSecurityPolicy } from '../helpers/browser'
import { sampleStaff, startSite, type SiteServer } from '../helpers/site'
import type { Staff } from '../helpers/staff'
import { publishThroughReview } from '../helpers/workflow'
import { uploadForm } from '../helpers/uploads'

let site: SiteServer
let browser: Browser
let staff: Staff
/** A published article with a hero image: an uploaded file shown on the website. */
let illustrated: { slug: string }

beforeAll(async () => {
  site = await startSite('browser_security_headers')
  browser = await launchBrowser()
  staff = await sampleStaff(site)
  const image = await sharp({ create: { width: 1600, height: 600, channels: 3, background: '#0b4f5c' } }).png().toBuffer()
  const media = await apiClient(site, staff.editor).post('/api/media', uploadForm(image, 'treatment-room.png', 'image/png', { alt: 'The treatment room' }))
  expect(media.status, JSON.stringify(media.body)).toBe(201)
  illustrated = await publishThroughReview(site, staff, 'articles', {
    title: 'An illustrated article',
    heroImage: media.body.doc.id,
    body: richText(['A picture of the treatment room.']),
    references: [{ title: 'Acupuncture: What You Need To Know', publisher: 'NCCIH', year: 2022 }],
  })
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

const ARTICLE_SLUG = 'what-the-research-says-about-acupuncture-and-back-pain'

/** A browser context whose CSP violations (any page, any frame) are collected, optionally signed in. */
async function watched(options: { token?: string; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; violations: string[] }> {
  const context = await browser.newContext({ baseURL: site.baseURL, viewport: options.viewport ?? { width: 1280, height: 900 }, hasTouch: true })
  if (options.token) await context.addCookies([{ name: 'payload-token', value: options.token, url: site.baseURL }])
  return { context, violations: await watchContentSecurityPolicy(context) }
}

/** React has hydrated this element: scripts ran (under the policy, only with the nonce). */
async function hydrated(frame: Page | Frame, selector: string): Promise<void> {
  try {
    await frame.waitForFunction((css) => {
      const element = document.querySelector(css)
      return element !== null && Object.keys(element).some((key) => key.startsWith('__react'))
    }, selector, { timeout: 60_000, polling: 100 })
  } catch (error) {
    throw new Error(`${frame.url()}: ${selector} not hydrated: ${(error as Error).message}`)
  }
}

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1]

/** The directives of a policy by name. */
const directives = (policy: string | null): Record<string, string> =>
  Object.fromEntries((policy ?? '').split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(/\s+/)[0]!, part.slice(part.indexOf(' ') + 1)]))

describe('security headers on the pages Next renders, over HTTP', () => {
  it.each([
    ['the website (Thai home)', '/th', 'SAMEORIGIN', "'self'"],
    ['a website page (English condition)', '/en/conditions/sciatica', 'SAMEORIGIN', "'self'"],
    ['a website 404', '/en/conditions/no-such-condition', 'SAMEORIGIN', "'self'"],
    ['the kiosk', '/kiosk', 'DENY', "'none'"],
    ['the admin login', '/admin/login', 'DENY', "'none'"],
    ['the admin', '/admin', 'DENY', "'none'"],
  ])('%s: nosniff, frame protection, a nonce-only script policy, referrer policy, COOP and permissions policy', async (_label, path, frameOptions, frameAncestors) => {
    const response = await fetch(`${site.baseURL}${path}`, { redirect: 'manual' })
    const policy = response.headers.get('content-security-policy')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe(frameOptions)
    expect(directives(policy)['frame-ancestors']).toBe(frameAncestors)
    expect(directives(policy)['script-src']).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'$/)
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    // The server runs on http: no HSTS.
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })

  it('every script tag of a page carries that response’s own nonce, new on each request', async () => {
    const first = await fetch(`${site.baseURL}/th`)
    const second = await fetch(`${site.baseURL}/th`)
    const nonce = nonceOf(first.headers.get('content-security-policy'))!
    expect(nonce).toBeTruthy()
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce)
    const html = await first.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('build assets and the service worker script are served unsniffable', async () => {
    const html = await (await fetch(`${site.baseURL}/kiosk`)).text()
    const chunk = /\/_next\/static\/[^"']+\.js/.exec(html)![0]
    for (const path of [chunk, '/kiosk-sw.js']) {
      const response = await fetch(`${site.baseURL}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-type'), path).toMatch(/javascript/)
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
  })
})

describe('pages work under their Content-Security-Policy, with no violation', () => {
  it('the website in both languages: scripts hydrate, the self-hosted Thai font and the styles load', async () => {
    const { context, violations } = await watched()
    const page = await context.newPage()
    try {
      for (const path of ['/th', '/en', '/th/conditions/sciatica', `/en/articles/${ARTICLE_SLUG}`, '/th/treatment-methods', '/en/no-such-page']) {
        const response = await page.goto(path)
        expect(response?.headers()['content-security-policy'], path).toContain("'strict-dynamic'")
        await hydrated(page, 'a.language-switch')
        // Loads the self-hosted face (English pages have not needed it yet); a refused font loads nothing.
        expect(await page.evaluate(async () => (await document.fonts.load('16px "Noto Sans Thai"', 'ก')).length), path).toBeGreaterThan(0)
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display), path).not.toBe('inline')
      }
      // An uploaded image on the website: shown, and sized by the style sheet (no inline style).
      await page.goto(`/en/articles/${illustrated.slug}`)
      const hero = page.locator('main figure img')
      await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0)
      expect(await hero.evaluate((img) => getComputedStyle(img).maxWidth)).toBe('100%')
      // Client-side navigation (RSC requests) under the same policy.
      await page.goto('/en')
      await hydrated(page, 'nav a')
      await page.locator('nav a[href="/en/conditions"]').click()
      await page.waitForURL('**/en/conditions')
      await page.locator('main').getByText('Sciatica').first().waitFor()
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the kiosk: its screens, QR codes and language switch, its service worker, and an offline reload from the worker’s copy', async () => {
    const { context, violations } = await watched({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    try {
      await page.goto('/kiosk')
      await page.locator('.k-tiles').waitFor()
      await page.getByRole('button', { name: /^เวลาทำการและช่องทางติดต่อ/ }).tap()
      expect(await page.locator('svg.k-qr[role="img"]').count()).toBeGreaterThan(0)
      await page.getByRole('button', { name: 'English' }).tap()
      await page.locator('.k-hours').getByText('Monday').waitFor()
      await page.evaluate(() => navigator.serviceWorker.ready)
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      // The worker's saved page keeps the headers it was served with: its nonce still matches.
      await context.setOffline(true)
      await page.reload()
      await page.locator('.k-tiles').waitFor()
      await page.locator('.k-offline').waitFor()
      await context.setOffline(false)
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the admin, and the website in its Live Preview pane, framed from the same origin', async () => {
    const { context, violations } = await watched({ token: staff.editor, viewport: { width: 1440, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    try {
      const found = await apiClient(site, staff.editor).get(`/api/articles?where[slug][equals]=${ARTICLE_SLUG}&depth=0`)
      const id = found.body.docs[0].id as number
      for (const path of ['/admin', '/admin/collections/articles', '/admin/collections/media']) {
        await page.goto(path)
        await hydrated(page, 'nav a, .nav a, a[href^="/admin/collections"]')
      }
      await page.goto(`/admin/collections/articles/${id}`)
      await hydrated(page, '#live-preview-toggler')
      await page.locator('#live-preview-toggler').click()
      const iframe = page.locator('iframe#live-preview-iframe')
      await iframe.waitFor()
      expect(await iframe.getAttribute('src')).toContain(`/en/articles/${ARTICLE_SLUG}?preview=1`)
      const frame = (await iframe.elementHandle())!.contentFrame()
      const preview = (await frame)!
      await preview.locator('article h1').waitFor()
      await hydrated(preview, 'a.language-switch')
      expect(await preview.locator('article h1').innerText()).toMatch(/research/i)
      expect(violations).toEqual([])
    } finally {
      await context.close()
    }
  })
})

describe('framing by another site', () => {
  it('a page on a foreign origin cannot frame the admin (nor the website or the kiosk)', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      const foreign = 'http://attacker.example'
      await context.route(`${foreign}/**`, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: ['/admin/login', '/en', '/kiosk'].map((path) => `<iframe src="${site.baseURL}${path}" width="600" height="400"></iframe>`).join(''),
        }),
      )
      await page.goto(`${foreign}/clickjack`)
      await expect.poll(() => page.frames().length).toBe(4)
      // A refused frame stays empty (Chromium shows its error page there, with no content from the site).
      for (const frame of page.frames().slice(1)) {
        const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '')
        expect(text, frame.url()).not.toMatch(/Login|Email|Sukhumvit|ยินดีต้อนรับ|Welcome/)
        expect(await frame.locator('input, a, button').count().catch(() => 0), frame.url()).toBe(0)
      }
    } finally {
      await context.close()
    }
  })
})
