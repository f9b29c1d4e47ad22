import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/api'
import { expectAccessible, launchBrowser, saveScreenshot } from '../helpers/browser'
import { sampleStaff, startSite, type SiteServer } from '../helpers/site'
import type { Staff } from '../helpers/staff'
import { publishThroughReview } from '../helpers/workflow'

let site: SiteServer
let browser: Browser
let context: BrowserContext
let staff: Staff

beforeAll(async () => {
  site = await startSite('browser_site')
  browser = await launchBrowser()
  context = await browser.newContext({ baseURL: site.baseURL, viewport: { width: 1100, height: 900 } })
  staff = await sampleStaff(site)
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function open(path: string, page?: Page): Promise<Page> {
  const target = page ?? (await context.newPage())
  const response = await target.goto(path)
  expect(response?.status(), `${path} status`).toBe(200)
  return target
}

/** Every page type in both languages: its address, and text only the right language's content has. */
const PAGES = [
  { type: 'home', path: '', en: 'Sukhumvit Sample Acupuncture Clinic', th: 'คลินิกฝังเข็มตัวอย่าง' },
  { type: 'conditions', path: '/conditions', en: 'Sciatica', th: 'ปวดหลังร้าวลงขา' },
  { type: 'condition', path: '/conditions/sciatica', en: 'Sciatica', th: 'ปวดหลังร้าวลงขา' },
  { type: 'methods', path: '/treatment-methods', en: 'Manual acupuncture', th: 'การฝังเข็มแบบดั้งเดิม' },
  { type: 'method', path: '/treatment-methods/manual-acupuncture', en: 'Manual acupuncture', th: 'การฝังเข็มแบบดั้งเดิม' },
  { type: 'contraindications', path: '/contraindications', en: 'Pregnancy', th: 'การตั้งครรภ์' },
  { type: 'contraindication', path: '/contraindications/pregnancy', en: 'Pregnancy', th: 'การตั้งครรภ์' },
  { type: 'articles', path: '/articles', en: 'What the research says', th: 'งานวิจัย' },
  { type: 'article', path: '/articles/what-the-research-says-about-acupuncture-and-back-pain', en: 'What the research says', th: 'งานวิจัย' },
] as const

const INTERFACE = {
  en: { nav: 'Treatment methods', references: 'References', reviewed: 'Medically reviewed by Dr. Rin Reviewer', lastReviewed: 'Last reviewed 1 November 2026' },
  th: { nav: 'วิธีการรักษา', references: 'เอกสารอ้างอิง', reviewed: 'ตรวจทานทางการแพทย์โดย Dr. Rin Reviewer', lastReviewed: 'ตรวจทานล่าสุดเมื่อ 1 พฤศจิกายน 2569' },
} as const

describe('the website', () => {
  it('sends / to /th or /en by the browser’s Accept-Language', async () => {
    const location = async (acceptLanguage?: string) => {
      const response = await fetch(`${site.baseURL}/`, { redirect: 'manual', headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} })
      expect(response.status).toBe(302)
      expect(response.headers.get('vary')).toMatch(/Accept-Language/i)
      return response.headers.get('location')
    }
    expect(await location('th-TH,th;q=0.9,en;q=0.8')).toBe('/th')
    expect(await location('en-US,en;q=0.9')).toBe('/en')
    expect(await location('fr-FR, th;q=0.5')).toBe('/th')
    expect(await location(undefined)).toBe('/en')
  })

  it('lets browsers and CDNs keep published pages briefly, but never a preview, a signed-in view or a 404', async () => {
    const cacheControl = async (path: string, headers: Record<string, string> = {}) => (await fetch(`${site.baseURL}${path}`, { headers })).headers.get('cache-control')
    expect(await cacheControl('/th/conditions/sciatica')).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(await cacheControl('/th/conditions/sciatica?preview=1')).toBe('private, no-store')
    expect(await cacheControl('/th/conditions/sciatica', { Cookie: `payload-token=${staff.editor}` })).toBe('private, no-store')
    expect(await cacheControl('/th/conditions/no-such-condition')).not.toMatch(/public/)
  })

  for (const entry of PAGES) {
    for (const language of ['th', 'en'] as const) {
      it(`renders the ${entry.type} page in ${language === 'th' ? 'Thai' : 'English'}, accessibly, with ${language} interface text and hreflang alternates`, async () => {
        const page = await open(`/${language}${entry.path}`)
        expect(await page.locator('html').getAttribute('lang')).toBe(language)
        await expect.poll(() => page.locator('main').innerText()).toContain(entry[language])
        expect(await page.locator('nav').innerText()).toContain(INTERFACE[language].nav)
        const other = language === 'th' ? 'en' : 'th'
        expect(await page.locator(`link[rel="alternate"][hreflang="${other}"]`).getAttribute('href')).toBe(`${site.baseURL}/${other}${entry.path}`)
        // No page shows English text as Thai without saying so (all sample content is translated).
        if (language === 'th') expect(await page.locator('.english-only').count()).toBe(0)
        await saveScreenshot(page, `site-${entry.type}-${language}`)
        await expectAccessible(page, `${entry.type} (${language})`)
        await page.close()
      })
    }
  }

  it('shows medical pages with references, reviewer, last-reviewed date in the reader’s calendar, and the disclaimer', async () => {
    for (const language of ['en', 'th'] as const) {
      for (const path of ['/conditions/sciatica', '/treatment-methods/manual-acupuncture', '/contraindications/pregnancy', '/articles/what-the-research-says-about-acupuncture-and-back-pain']) {
        const page = await open(`/${language}${path}`)
        const footer = await page.locator('.medical-footer').innerText()
        expect(footer, path).toContain(INTERFACE[language].references)
        expect(footer, path).toContain(INTERFACE[language].reviewed)
        expect(footer.replace(/\s+/g, ' '), path).toContain(INTERFACE[language].lastReviewed)
        expect(await page.locator('.medical-footer .disclaimer').innerText(), path).not.toBe('')
        await page.close()
      }
    }
  })

  it('shows a treatment method’s contraindications before its description', async () => {
    const page = await open('/en/treatment-methods/manual-acupuncture')
    const sections = await page.locator('article > section, article > .prose').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid') ?? node.className))
    expect(sections[0]).toBe('contraindications')
    expect(await page.locator('[data-testid="contraindications"] li').count()).toBeGreaterThan(3)
    expect(await page.locator('[data-testid="contraindications"]').innerText()).toContain('Do not have this treatment')
    await page.close()
  })

  it('renders article rich text as safe HTML', async () => {
    const page = await open('/th/articles/what-the-research-says-about-acupuncture-and-back-pain')
    expect(await page.locator('article .prose p').count()).toBeGreaterThan(1)
    expect(await page.locator('article .prose script, article .prose [onclick]').count()).toBe(0)
    await page.close()
  })

  it('switches language on the same page', async () => {
    const page = await open('/th/conditions/sciatica')
    await page.getByTestId('language-switch').click()
    await page.waitForURL('**/en/conditions/sciatica')
    expect(await page.locator('h1').innerText()).toContain('Sciatica')
    await page.getByTestId('language-switch').click()
    await page.waitForURL('**/th/conditions/sciatica')
    expect(await page.locator('h1').innerText()).toContain('ปวดหลังร้าวลงขา')
    await page.close()
  })

  it('answers 404 for an unknown page, an unknown language and an unpublished slug', async () => {
    const page = await context.newPage()
    expect((await page.goto('/th/conditions/no-such-condition'))?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toContain('ไม่พบหน้าที่ต้องการ')
    expect((await page.goto('/fr/conditions'))?.status()).toBe(404)
    await page.close()
  })

  it('marks Thai fields that fell back to English with lang="en" and an “English only” label', async () => {
    const { slug } = await publishThroughReview(site, staff, 'conditions', { name: 'Jaw tension', slug: 'jaw-tension', summary: 'Tightness around the jaw joint.', bodyRegions: ['head-jaw'] })
    // A browser of its own: pages may be cached for a minute, and the list was seen before this condition existed.
    const fresh = await browser.newContext({ baseURL: site.baseURL, viewport: { width: 1100, height: 900 } })
    const page = await open(`/th/conditions/${slug}`, await fresh.newPage())
    const heading = page.locator('h1')
    expect(await heading.getAttribute('lang')).toBe('en')
    expect(await heading.innerText()).toContain('Jaw tension')
    expect(await heading.locator('.english-only-label').innerText()).toBe('มีเฉพาะภาษาอังกฤษ')
    expect(await page.locator('.lead').getAttribute('lang')).toBe('en')
    // Translated interface text around it stays Thai.
    expect(await page.locator('nav').innerText()).toContain('อาการและโรค')
    await saveScreenshot(page, 'site-condition-english-fallback-th')
    await expectAccessible(page, 'fallback marking')
    // In the list too, only that entry is marked.
    await open('/th/conditions', page)
    expect(await page.locator('.card:has(.english-only)').count()).toBe(1)
    await fresh.close()
  })

  describe('opening hours, with the browser’s clock fixed', () => {
    // Sample hours: Monday 10:00–19:00, Thursday 09:00–17:30, Sunday closed; 31 December 09:00–13:00 (Bangkok, UTC+7).
    const statusAt = async (iso: string, language: 'en' | 'th') => {
      const page = await context.newPage()
      await page.clock.setFixedTime(new Date(iso))
      await open(`/${language}`, page)
      const status = page.locator('.open-now')
      return { page, status }
    }

    it('says open now, and until when, during opening hours in Bangkok', async () => {
      const { page, status } = await statusAt('2026-11-23T05:00:00Z', 'en') // Monday 12:00 in Bangkok
      await expect.poll(() => status.innerText()).toBe('Open now · Closes at 19:00')
      await page.close()
      const thai = await statusAt('2026-11-23T05:00:00Z', 'th')
      await expect.poll(() => thai.status.innerText()).toBe('เปิดอยู่ขณะนี้ · ปิดเวลา 19:00 น.')
      await saveScreenshot(thai.page, 'site-home-open-now-th')
      await thai.page.close()
    })

    it('says closed and when it opens next, in the clinic’s time zone rather than the device’s', async () => {
      // Sunday 23:30 UTC is Monday 06:30 in Bangkok: closed, opening at 10:00 that day.
      const early = await statusAt('2026-11-22T23:30:00Z', 'en')
      await expect.poll(() => early.status.innerText()).toBe('Closed now · Opens today at 10:00')
      await early.page.close()
      // Sunday noon in Bangkok: closed all day, next opening Monday.
      const sunday = await statusAt('2026-11-22T05:00:00Z', 'th')
      await expect.poll(() => sunday.status.innerText()).toBe('ปิดอยู่ขณะนี้ · เปิดวันจันทร์ เวลา 10:00 น.')
      await sunday.page.close()
    })

    it('follows a dated exception over the regular week', async () => {
      // Thursday 31 December 2026, 14:00 in Bangkok: a Thursday is open until 17:30, but that day closes at 13:00.
      const { page, status } = await statusAt('2026-12-31T07:00:00Z', 'en')
      await expect.poll(() => status.innerText()).toMatch(/^Closed now/)
      await page.close()
    })
  })

  it('previews drafts to signed-in staff in the locale being edited, and to nobody else', async () => {
    const editor = apiClient(site, staff.editor)
    const found = await editor.get('/api/conditions?where[slug][equals]=sciatica&depth=0&locale=th')
    const id = found.body.docs[0].id as number
    const saved = await editor.patch(`/api/conditions/${id}?locale=th&draft=true`, { summary: 'ร่างใหม่ที่ยังไม่เผยแพร่' })
    expect(saved.status).toBe(200)

    const staffContext = await browser.newContext({ baseURL: site.baseURL })
    await staffContext.addCookies([{ name: 'payload-token', value: staff.editor, url: site.baseURL }])
    const preview = await staffContext.newPage()
    await open('/th/conditions/sciatica?preview=1', preview)
    expect(await preview.locator('.lead').innerText()).toBe('ร่างใหม่ที่ยังไม่เผยแพร่')
    expect(await preview.locator('.preview-banner').innerText()).toContain('Eddie Editor')
    await saveScreenshot(preview, 'site-condition-preview-th')
    await staffContext.close()

    const visitor = await open('/th/conditions/sciatica?preview=1')
    expect(await visitor.locator('.lead').innerText()).not.toBe('ร่างใหม่ที่ยังไม่เผยแพร่')
    expect(await visitor.locator('.preview-banner').count()).toBe(0)
    await visitor.close()
  })
})
