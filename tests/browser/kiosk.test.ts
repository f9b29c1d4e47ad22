import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/api'
import { expectAccessible, launchBrowser, saveScreenshot } from '../helpers/browser'
import { sampleStaff, startSite, type SiteServer } from '../helpers/site'
import type { Staff } from '../helpers/staff'
import { publishThroughReview } from '../helpers/workflow'

/** The deployment's idle time: long, so that only the idle tests (with ?idle= or the clock) see a reset. */
const DEPLOYMENT_IDLE_SECONDS = 600

let site: SiteServer
let browser: Browser
let staff: Staff
/** A contraindication published in English only: Thai readers must see it marked. */
let englishOnly: { slug: string; name: string; advice: string }

type Contraindication = { slug: string; name: string; severity: string; whoItConcerns?: string; advice?: string }

beforeAll(async () => {
  site = await startSite('browser_kiosk', { env: { KIOSK_IDLE_SECONDS: String(DEPLOYMENT_IDLE_SECONDS) } })
  browser = await launchBrowser()
  staff = await sampleStaff(site)
  englishOnly = { slug: 'kiosk-test-english-only', name: 'Kiosk test item (English only)', advice: 'Kiosk test advice, published in English only.' }
  await publishThroughReview(site, staff, 'contraindications', {
    ...englishOnly,
    severity: 'relative',
    description: 'A test entry that has no Thai translation.',
    whoItConcerns: 'Nobody: it exists for the kiosk test.',
  })
})

afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

async function newKiosk(path = '/kiosk', options: { clock?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: site.baseURL, viewport: { width: 1280, height: 800 }, hasTouch: true })
  const page = await context.newPage()
  if (options.clock) await page.clock.install()
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  await page.locator('.k-tiles').waitFor()
  return { context, page }
}

const api = async <T>(path: string): Promise<T> => {
  const response = await apiClient(site).get<T>(path)
  expect(response.status, path).toBe(200)
  return response.body
}
const contraindications = (locale: 'en' | 'th') =>
  api<{ docs: Contraindication[] }>(`/api/contraindications?locale=${locale}&limit=100&depth=0`).then((body) => body.docs)

/** A screenshot for people to look at, from the top (the bar is sticky). */
async function shoot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0))
  await saveScreenshot(page, name)
}

const title = (page: Page) => page.locator('h1').innerText()
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
/** A start-screen tile or list button: its accessible name starts with the label (the hint follows). */
const tile = (page: Page, name: string) => page.getByRole('button', { name: startsWith(name) })

describe('the waiting-room kiosk', () => {
  it('starts in Thai with big touch targets and switches to English with the language button', async () => {
    const { context, page } = await newKiosk()
    const profile = {
      th: await api<{ name: string }>('/api/globals/clinic-profile?locale=th'),
      en: await api<{ name: string }>('/api/globals/clinic-profile?locale=en'),
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await title(page)).toBe('ยินดีต้อนรับ')
    expect(await page.locator('.k-brand').innerText()).toBe(profile.th.name)
    for (const name of ['อาการและโรคที่เราดูแล', 'วิธีการรักษา', 'การฝังเข็มเหมาะกับฉันหรือไม่', 'เวลาทำการและช่องทางติดต่อ']) {
      const box = await tile(page, name).boundingBox()
      expect(box!.height, name).toBeGreaterThanOrEqual(120)
    }
    const toggle = page.getByRole('button', { name: 'English' })
    expect((await toggle.boundingBox())!.height).toBeGreaterThanOrEqual(64)
    await shoot(page, 'kiosk-start-th')

    await toggle.tap()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await title(page)).toBe('Welcome')
    expect(await page.locator('.k-brand').innerText()).toBe(profile.en.name)
    await expect.poll(() => page.title()).toBe('Patient information')
    await shoot(page, 'kiosk-start-en')
    await page.getByRole('button', { name: 'ภาษาไทย' }).tap()
    expect(await title(page)).toBe('ยินดีต้อนรับ')
    await context.close()
  })

  it('browses conditions and treatment methods in the reader’s language, with red flags and review details', async () => {
    const { context, page } = await newKiosk()
    const [sciatica] = (await api<{ docs: Array<{ name: string; summary: string; redFlags: Array<{ text: string }> }> }>('/api/conditions?locale=th&where[slug][equals]=sciatica&depth=0')).docs
    await tile(page, 'อาการและโรคที่เราดูแล').tap()
    expect(await title(page)).toBe('อาการและโรคที่เราดูแล')
    await page.getByRole('button', { name: startsWith(sciatica!.name) }).tap()
    expect(await title(page)).toBe(sciatica!.name)
    const main = page.locator('main')
    expect(await main.innerText()).toContain(sciatica!.summary)
    expect(await page.locator('.k-warning').first().innerText()).toContain('ควรพบแพทย์ก่อน')
    for (const flag of sciatica!.redFlags) expect(await page.locator('.k-warning').first().innerText()).toContain(flag.text)
    expect(await main.innerText()).toContain('ตรวจทานทางการแพทย์')
    expect(await main.innerText()).toContain('เอกสารอ้างอิง')
    await shoot(page, 'kiosk-condition-th')

    // A recommended method opens from the condition; Back returns to it.
    await page.locator('.k-chip').first().tap()
    expect(await main.innerText()).toContain('ผู้ที่ไม่ควรรับการรักษานี้')
    await page.getByRole('button', { name: 'ย้อนกลับ' }).tap()
    expect(await title(page)).toBe(sciatica!.name)

    await page.getByRole('button', { name: 'English' }).tap()
    expect(await title(page)).toBe('Sciatica')
    expect(await page.locator('.k-warning').first().innerText()).toContain('See a doctor first')
    await page.getByRole('button', { name: 'Start' }).tap()
    await tile(page, 'Treatment methods').tap()
    await page.getByRole('button', { name: /^Manual acupuncture/ }).tap()
    expect(await title(page)).toBe('Manual acupuncture')
    expect(await main.innerText()).toContain('Who should not have this treatment')
    await shoot(page, 'kiosk-method-en')
    await context.close()
  })

  it('shows the contraindications as a checklist with their advice and a not-a-diagnosis note', async () => {
    const { context, page } = await newKiosk()
    const thai = await contraindications('th')
    await tile(page, 'การฝังเข็มเหมาะกับฉันหรือไม่').tap()
    expect(await title(page)).toBe('การฝังเข็มเหมาะกับฉันหรือไม่')
    expect(await page.locator('.k-notice').innerText()).toContain('ไม่ใช่การวินิจฉัยโรค')
    expect(await page.locator('.k-notice').innerText()).toContain('โปรดแจ้งเจ้าหน้าที่')
    const boxes = page.getByRole('checkbox')
    expect(await boxes.count()).toBe(thai.length)

    // Ticking an item shows its advice exactly as published.
    for (const slug of ['pregnancy', 'bleeding-disorders-and-anticoagulants']) {
      const entry = thai.find((item) => item.slug === slug)!
      const checkbox = page.getByRole('checkbox', { name: entry.name, exact: true })
      expect(await checkbox.isChecked()).toBe(false)
      const item = page.locator(`[data-contraindication="${entry.slug}"]`)
      expect(await item.innerText()).not.toContain(entry.advice!)
      await checkbox.tap()
      expect(await checkbox.isChecked()).toBe(true)
      expect(await item.locator('.k-advice').innerText()).toContain(entry.advice!)
      expect(await item.innerText()).toContain('สิ่งที่ควรทำ')
    }
    expect(await page.getByRole('status').filter({ hasText: 'คุณเลือกไว้' }).innerText()).toContain(`2 จาก ${thai.length}`)
    await shoot(page, 'kiosk-checklist-th')

    // The same ticks, read in English.
    await page.getByRole('button', { name: 'English' }).tap()
    const english = await contraindications('en')
    const pregnancy = english.find((item) => item.slug === 'pregnancy')!
    expect(await page.locator('[data-contraindication="pregnancy"] .k-advice').innerText()).toContain(pregnancy.advice!)
    expect(await page.locator('.k-notice').innerText()).toContain('not a diagnosis')
    await shoot(page, 'kiosk-checklist-en')
    await page.getByRole('button', { name: 'Clear my answers' }).tap()
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0)
    await context.close()
  })

  it('marks English text shown to a Thai reader as English only', async () => {
    const { context, page } = await newKiosk()
    await tile(page, 'การฝังเข็มเหมาะกับฉันหรือไม่').tap()
    const item = page.locator(`[data-contraindication="${englishOnly.slug}"]`)
    const name = item.locator('.k-check-name')
    expect(await name.getAttribute('lang')).toBe('en')
    expect(await name.innerText()).toContain(englishOnly.name)
    expect(await name.locator('.k-english-only').innerText()).toBe('มีเฉพาะภาษาอังกฤษ')
    expect(await name.locator('.k-english-only').getAttribute('lang')).toBe('th')
    await item.getByRole('checkbox').tap()
    const advice = item.locator('.k-advice p')
    expect(await advice.getAttribute('lang')).toBe('en')
    expect(await advice.innerText()).toContain(englishOnly.advice)
    expect(await advice.innerText()).toContain('มีเฉพาะภาษาอังกฤษ')
    // Translated content carries no such mark.
    expect(await page.locator('[data-contraindication="pregnancy"] .k-english-only').count()).toBe(0)
    await page.getByRole('button', { name: 'English' }).tap()
    expect(await page.locator('.k-english-only').count()).toBe(0)
    await context.close()
  })

  it('shows the opening hours in clinic time and every contact channel as a labelled QR code', async () => {
    const { context, page } = await newKiosk()
    const profile = await api<{ contact: Record<string, string> }>('/api/globals/clinic-profile?locale=th')
    await tile(page, 'เวลาทำการและช่องทางติดต่อ').tap()
    const hours = await page.locator('.k-hours').innerText()
    expect(hours).toContain('วันจันทร์')
    expect(hours).toContain('น.')
    expect(await page.locator('.k-status').first().innerText()).toMatch(/เปิดอยู่ขณะนี้|ปิดอยู่ขณะนี้/)
    const codes = page.locator('svg.k-qr[role="img"]')
    expect(await codes.count()).toBe(6)
    const labels = await codes.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label')))
    expect(labels).toContain(`คิวอาร์โค้ดสำหรับโทรศัพท์: ${profile.contact.phone}`)
    expect(labels.some((label) => label?.includes(profile.contact.lineId!))).toBe(true)
    // The value is readable beside each code, and each code has modules drawn.
    const list = await page.locator('.k-qr-list').innerText()
    for (const value of [profile.contact.phone, profile.contact.lineId, profile.contact.email]) expect(list).toContain(value)
    expect(await codes.first().locator('path').getAttribute('d')).toMatch(/^M\d/)
    await shoot(page, 'kiosk-contact-th')
    await page.getByRole('button', { name: 'English' }).tap()
    expect(await page.locator('.k-hours').innerText()).toContain('Monday')
    expect(await codes.first().getAttribute('aria-label')).toBe(`QR code for Phone: ${profile.contact.phone}`)
    await shoot(page, 'kiosk-contact-en')
    await context.close()
  })

  it('has no serious or critical accessibility violations on any screen, in Thai and in English', async () => {
    const { context, page } = await newKiosk()
    for (const [language, home, labels] of [
      ['th', 'หน้าแรก', ['อาการและโรคที่เราดูแล', 'วิธีการรักษา', 'การฝังเข็มเหมาะกับฉันหรือไม่', 'เวลาทำการและช่องทางติดต่อ']],
      ['en', 'Start', ['Conditions we treat', 'Treatment methods', 'Is acupuncture right for me?', 'Opening hours and contact']],
    ] as const) {
      await expectAccessible(page, `start (${language})`)
      for (const label of labels) {
        await tile(page, label).tap()
        const listButton = page.locator('.k-list-button').first()
        if (await listButton.count()) {
          await expectAccessible(page, `${label} list (${language})`)
          await listButton.tap()
        }
        const checkbox = page.getByRole('checkbox').first()
        if (await checkbox.count()) await checkbox.tap()
        await expectAccessible(page, `${label} (${language})`)
        await page.getByRole('button', { name: home }).tap()
      }
      if (language === 'th') await page.getByRole('button', { name: 'English' }).tap()
    }
    await context.close()
  })

  it('returns to the start screen after the idle time, in the default language, with the checklist cleared', async () => {
    const { context, page } = await newKiosk('/kiosk?idle=5', { clock: true })
    await page.getByRole('button', { name: 'English' }).tap()
    await tile(page, 'Is acupuncture right for me?').tap()
    await page.getByRole('checkbox').first().tap()

    // Each touch restarts the count: 4 s, a touch, 4 s more is still not idle.
    await page.clock.fastForward(4_000)
    await page.locator('.k-notice').tap()
    await page.clock.fastForward(4_000)
    expect(await title(page)).toBe('Is acupuncture right for me?')

    await page.clock.fastForward(1_500)
    await expect.poll(() => title(page)).toBe('ยินดีต้อนรับ')
    expect(await page.locator('html').getAttribute('lang')).toBe('th')
    expect(await page.getByRole('button', { name: 'ย้อนกลับ' }).count()).toBe(0)
    await tile(page, 'การฝังเข็มเหมาะกับฉันหรือไม่').tap()
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0)
    await context.close()
  })

  it('takes its start language from ?lang= and its idle time from the server unless ?idle= is valid', async () => {
    // ?idle=2 is below the minimum (5 s): ignored, so the deployment's KIOSK_IDLE_SECONDS applies.
    const { context, page } = await newKiosk('/kiosk?lang=en&idle=2', { clock: true })
    expect(await title(page)).toBe('Welcome')
    await page.getByRole('button', { name: 'ภาษาไทย' }).tap()
    await tile(page, 'วิธีการรักษา').tap()
    await page.clock.fastForward((DEPLOYMENT_IDLE_SECONDS - 10) * 1000)
    expect(await title(page)).toBe('วิธีการรักษา')
    await page.clock.fastForward(11_000)
    await expect.poll(() => title(page)).toBe('Welcome')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await context.close()
  })

  it('shows the saved content when the API is unreachable and recovers when it returns', async () => {
    const { context, page } = await newKiosk('/kiosk', { clock: true })
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    const offlineNote = page.locator('.k-offline')
    expect(await offlineNote.count()).toBe(0)

    // 1. The API stops answering (the server still serves the page): the saved content, marked.
    await context.route('**/api/**', (route) => route.abort('connectionrefused'))
    await page.reload()
    await offlineNote.waitFor()
    expect(await offlineNote.innerText()).toMatch(/^ออฟไลน์ — แสดงข้อมูลที่บันทึกไว้เมื่อ \d+ \S+ \d{4} \d\d:\d\d น\./)
    await tile(page, 'อาการและโรคที่เราดูแล').tap()
    expect(await page.locator('.k-list-button').count()).toBeGreaterThan(0)
    await shoot(page, 'kiosk-offline-th')

    // It comes back: the periodic retry notices without any help.
    await context.unroute('**/api/**')
    await page.clock.fastForward(21_000)
    await expect.poll(() => offlineNote.count()).toBe(0)

    // 2. No network at all: a reload still starts the kiosk (service worker) with the saved content.
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'))
    await context.setOffline(true)
    await page.reload()
    await page.locator('.k-tiles').waitFor()
    await offlineNote.waitFor()
    expect(await page.locator('.k-brand').innerText()).toBe((await api<{ name: string }>('/api/globals/clinic-profile?locale=th')).name)
    await page.getByRole('button', { name: 'English' }).tap()
    expect(await offlineNote.innerText()).toMatch(/^Offline — showing content saved at/)
    await tile(page, 'Is acupuncture right for me?').tap()
    expect(await page.getByRole('checkbox').count()).toBeGreaterThan(0)

    // Meanwhile the clinic publishes something; when the network returns the kiosk shows it.
    const added = { slug: 'kiosk-test-published-while-offline', name: 'Kiosk test item published while offline', advice: 'Kiosk test advice.' }
    await publishThroughReview(site, staff, 'contraindications', { ...added, severity: 'relative', description: 'A test entry.' })
    expect(await page.locator(`[data-contraindication="${added.slug}"]`).count()).toBe(0)
    await context.unroute('**/api/**')
    await context.setOffline(false)
    await expect.poll(() => offlineNote.count()).toBe(0)
    await expect.poll(() => page.locator(`[data-contraindication="${added.slug}"]`).count()).toBe(1)
    await context.close()
  })

  it('says so, and keeps trying, when it has never loaded any content and the API is unreachable', async () => {
    const context = await browser.newContext({ baseURL: site.baseURL, viewport: { width: 1280, height: 800 } })
    await context.route('**/api/**', (route) => route.abort('connectionrefused'))
    const page = await context.newPage()
    await page.goto('/kiosk')
    const unavailable = page.locator('.k-unavailable[role="alert"]')
    await unavailable.waitFor()
    expect(await unavailable.innerText()).toContain('ขณะนี้ไม่สามารถแสดงข้อมูลได้')
    await expectAccessible(page, 'unavailable (th)')
    await context.unroute('**/api/**')
    await context.setOffline(true)
    await context.setOffline(false)
    await page.locator('.k-tiles').waitFor()
    await context.close()
  })
})
