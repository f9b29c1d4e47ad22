import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from '../helpers/api'
import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { sampleStaff, startSite, type SiteServer } from '../helpers/site'
import type { Staff } from '../helpers/staff'
import { reviewStep } from '../helpers/workflow'
import { signInToAdmin, whenInteractive } from '../helpers/admin'

let site: SiteServer
let browser: Browser
let staff: Staff

beforeAll(async () => {
  site = await startSite('browser_admin_editor')
  browser = await launchBrowser()
  staff = await sampleStaff(site)
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** What the editor types. The slug is left empty in the form: the server makes it from the English title. */
const ARTICLE = {
  slug: 'acupuncture-for-tension-headaches-a-first-visit',
  en: {
    title: 'Acupuncture for tension headaches: a first visit',
    excerpt: 'What happens at a first appointment for tension headaches.',
    body: 'Your practitioner asks about your headaches before any needles are placed.',
  },
  th: {
    title: 'การฝังเข็มสำหรับอาการปวดศีรษะจากความเครียด',
    excerpt: 'สิ่งที่เกิดขึ้นในการนัดหมายครั้งแรกสำหรับอาการปวดศีรษะ',
    body: 'ผู้ฝังเข็มจะสอบถามเกี่ยวกับอาการปวดศีรษะของคุณก่อนเริ่มการรักษา',
  },
  reference: { title: 'Acupuncture for the prevention of tension-type headache', publisher: 'Cochrane Database of Systematic Reviews', year: '2016' },
} as const

/** The text of a Lexical value, as a reader of the body would see it. */
function lexicalText(value: unknown): string {
  if (!value || typeof value !== 'object') return ''
  const node = value as { text?: unknown; root?: unknown; children?: unknown[] }
  if (node.root) return lexicalText(node.root)
  return (typeof node.text === 'string' ? node.text : '') + (node.children ?? []).map(lexicalText).join('')
}

/** The article's newest draft in one locale, without fallback, as the editor reads it through the API. */
async function editorDraft(id: number, locale: 'en' | 'th') {
  const response = await apiClient(site, staff.editor).get(`/api/articles/${id}?locale=${locale}&draft=true&fallback-locale=none&depth=0`)
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body as { title?: string | null; slug?: string | null; excerpt?: string | null; body?: unknown; references?: Array<{ title: string; publisher?: string | null; year?: number | null }>; _status?: string }
}

/** A page of the website as a visitor sees it: a browser context of its own, with no login and no cache. */
async function visit(path: string): Promise<{ status: number | undefined; page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ baseURL: site.baseURL, viewport: { width: 1100, height: 900 } })
  const page = await context.newPage()
  const response = await page.goto(path)
  return { status: response?.status(), page, context }
}

/** How long the admin may take to show a change, and autosave (2 s after the last keystroke) to store it, on a busy machine. */
const UI = { timeout: 30_000, interval: 200 }
const SAVED = { timeout: 60_000, interval: 500 }

let articleId: number

describe('an editor writes an article in English and Thai in the admin; it reaches the website only once published', () => {
  it('an editor logs in, creates the article in English, switches the admin to Thai and fills it in; both languages are saved as a draft', async () => {
    const context = await browser.newContext({ baseURL: site.baseURL, locale: 'en-US', viewport: { width: 1280, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    try {
      await signInToAdmin(page, 'editor@example.com', 'editor-dev-password')
      // No cache clearing here on purpose: the login page reads /api/users/me anonymously, and a
      // browser that kept that "no user" answer left the admin's locale switch on a blank form.

      // Create New: with autosave on, Payload creates the draft at once and opens it at its own URL.
      await page.goto('/admin/collections/articles')
      await (await whenInteractive(page.getByRole('link', { name: 'Create New' }).first())).click()
      await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
      articleId = Number(/\/admin\/collections\/articles\/(\d+)/.exec(page.url())![1])
      const localeButton = page.getByRole('button', { name: 'Locale' })
      await expect.poll(() => localeButton.innerText(), UI).toContain('English')
      // Editors save drafts only: publishing is the admin's, after medical review.
      await expect.poll(() => page.locator('.doc-controls').innerText(), UI).toMatch(/Status:\s*Draft/)
      expect(await page.getByRole('button', { name: /publish/i }).count()).toBe(0)

      // English.
      await (await whenInteractive(page.locator('#field-title'))).fill(ARTICLE.en.title)
      await page.locator('#field-excerpt').fill(ARTICLE.en.excerpt)
      await (await whenInteractive(page.locator('[data-field-path="body"] [contenteditable="true"]'))).click()
      await page.keyboard.type(ARTICLE.en.body)
      await page.getByRole('button', { name: 'Add Reference' }).click()
      await (await whenInteractive(page.locator('#field-references__0__title'))).fill(ARTICLE.reference.title)
      await page.locator('#field-references__0__publisher').fill(ARTICLE.reference.publisher)
      await page.locator('#field-references__0__year').fill(ARTICLE.reference.year)
      // Autosave (2 s after the last change) stores the English draft.
      await expect
        .poll(async () => {
          const draft = await editorDraft(articleId, 'en')
          return { title: draft.title, slug: draft.slug, excerpt: draft.excerpt, body: lexicalText(draft.body), reference: draft.references?.[0]?.title, year: draft.references?.[0]?.year }
        }, SAVED)
        .toEqual({ title: ARTICLE.en.title, slug: ARTICLE.slug, excerpt: ARTICLE.en.excerpt, body: ARTICLE.en.body, reference: ARTICLE.reference.title, year: Number(ARTICLE.reference.year) })
      await expect.poll(() => page.locator('.autosave').innerText(), UI).toContain('Last saved')
      await saveScreenshot(page, 'admin-article-create-en')

      // Thai, through the locale selector in the admin's header.
      await (await whenInteractive(localeButton)).click()
      await page.getByRole('button', { name: /^ไทย/ }).click()
      await page.waitForURL(/[?&]locale=th\b/)
      await expect.poll(() => localeButton.innerText(), UI).toContain('ไทย')
      const thaiTitle = await whenInteractive(page.locator('#field-title'))
      // The Thai form starts empty (no English shown as if it were Thai), the disclaimer pre-filled in Thai.
      await expect.poll(() => thaiTitle.inputValue(), UI).toBe('')
      expect(await page.locator('#field-disclaimer').inputValue()).toMatch(/[\u0E00-\u0E7F]/)
      await thaiTitle.fill(ARTICLE.th.title)
      await page.locator('#field-excerpt').fill(ARTICLE.th.excerpt)
      await (await whenInteractive(page.locator('[data-field-path="body"] [contenteditable="true"]'))).click()
      await page.keyboard.type(ARTICLE.th.body)
      await expect
        .poll(async () => {
          const draft = await editorDraft(articleId, 'th')
          return { title: draft.title, excerpt: draft.excerpt, body: lexicalText(draft.body) }
        }, SAVED)
        .toEqual({ title: ARTICLE.th.title, excerpt: ARTICLE.th.excerpt, body: ARTICLE.th.body })
      await expect.poll(() => page.locator('.autosave').innerText(), UI).toContain('Last saved')
      await saveScreenshot(page, 'admin-article-create-th')

      // Leaving the document ends autosave before anyone else touches the article.
      await page.goto('/admin/collections/articles')
      await page.getByRole('heading', { name: 'Articles' }).waitFor()
    } catch (error) {
      await saveScreenshot(page, 'admin-article-failure').catch(() => undefined)
      throw error
    } finally {
      await context.close()
    }

    // What the UI saved: a draft, Thai text in Thai, English untouched by the Thai edit.
    const thai = await editorDraft(articleId, 'th')
    expect(thai).toMatchObject({ title: ARTICLE.th.title, excerpt: ARTICLE.th.excerpt, slug: ARTICLE.slug, _status: 'draft' })
    expect(lexicalText(thai.body)).toBe(ARTICLE.th.body)
    const english = await editorDraft(articleId, 'en')
    expect(english).toMatchObject({ title: ARTICLE.en.title, excerpt: ARTICLE.en.excerpt, _status: 'draft' })
    expect(lexicalText(english.body)).toBe(ARTICLE.en.body)
    expect(english.references).toMatchObject([{ title: ARTICLE.reference.title, publisher: ARTICLE.reference.publisher, year: 2016 }])
  }, 300_000)

  it('the draft is neither on the website nor in the public API', async () => {
    expect(articleId, 'the editor created the article').toBeTypeOf('number')
    const anonymous = apiClient(site)
    for (const query of [`where[slug][equals]=${ARTICLE.slug}`, `where[slug][equals]=${ARTICLE.slug}&draft=true`, `where[slug][equals]=${ARTICLE.slug}&locale=th`]) {
      const response = await anonymous.get(`/api/articles?${query}`)
      expect(response.status, query).toBe(200)
      expect(response.body.docs, query).toEqual([])
    }
    expect((await anonymous.get(`/api/articles/${articleId}?draft=true`)).status).toBe(404)

    for (const language of ['en', 'th'] as const) {
      const article = await visit(`/${language}/articles/${ARTICLE.slug}`)
      expect(article.status, `/${language}/articles/${ARTICLE.slug}`).toBe(404)
      expect(await article.page.locator('body').innerText()).not.toContain(ARTICLE[language].title)
      await article.context.close()

      const list = await visit(`/${language}/articles`)
      expect(list.status).toBe(200)
      expect(await list.page.locator('main').innerText()).not.toContain(ARTICLE[language].title)
      expect(await list.page.locator(`a[href$="/articles/${ARTICLE.slug}"]`).count()).toBe(0)
      await list.context.close()
    }
  })

  it('after the editor submits both languages, a reviewer approves them and an admin publishes, the website shows the article in English and in Thai', async () => {
    expect(articleId, 'the editor created the article').toBeTypeOf('number')
    for (const locale of ['en', 'th'] as const) await reviewStep(site, staff.editor, 'articles', articleId, 'submit', locale)
    for (const locale of ['en', 'th'] as const) await reviewStep(site, staff.reviewer, 'articles', articleId, 'approve', locale)
    const published = await apiClient(site, staff.admin).patch(`/api/articles/${articleId}`, { _status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const anonymous = apiClient(site)
    for (const language of ['en', 'th'] as const) {
      const response = await anonymous.get(`/api/articles?where[slug][equals]=${ARTICLE.slug}&locale=${language}&fallback-locale=none`)
      expect(response.body.docs.map((doc: { title: string }) => doc.title)).toEqual([ARTICLE[language].title])
    }

    for (const language of ['en', 'th'] as const) {
      const { status, page, context } = await visit(`/${language}/articles/${ARTICLE.slug}`)
      expect(status).toBe(200)
      expect(await page.locator('html').getAttribute('lang')).toBe(language)
      const heading = page.locator('article h1')
      expect((await heading.innerText()).trim()).toBe(ARTICLE[language].title)
      // Every language's own text: nothing on the Thai page is English standing in for Thai.
      expect(await page.locator('article .english-only').count()).toBe(0)
      const text = await page.locator('article').innerText()
      expect(text).toContain(ARTICLE[language].excerpt)
      expect(text).toContain(ARTICLE[language].body)
      expect(text).toContain(ARTICLE.reference.title)
      await saveScreenshot(page, `admin-article-published-${language}`)
      await context.close()

      const list = await visit(`/${language}/articles`)
      expect(list.status).toBe(200)
      expect(await list.page.locator(`a[href$="/articles/${ARTICLE.slug}"]`).innerText()).toContain(ARTICLE[language].title)
      await list.context.close()
    }
  })
})
