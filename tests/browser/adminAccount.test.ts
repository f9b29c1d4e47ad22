import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../helpers/api'
import { launchBrowser, saveScreenshot } from '../helpers/browser'
import { startSite, type SiteServer } from '../helpers/site'
import { signInToAdmin, whenInteractive } from '../helpers/admin'

let site: SiteServer
let browser: Browser

beforeAll(async () => {
  site = await startSite('browser_admin_account')
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.stop()
})

/** Waits until React has hydrated the element, so typing and clicks reach the admin's handlers. */
const UI = { timeout: 30_000, interval: 200 }

/**
 * Clicks Save until the admin sends the save. Payload's form ignores a submit while it is still
 * checking the fields just typed (a form-state request in flight), as a person would click again.
 */
async function save(page: Page): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const sent = page.waitForRequest((request) => request.method() === 'PATCH' && new URL(request.url()).pathname.startsWith('/api/users/'), { timeout: 5_000 })
    await page.getByRole('button', { name: 'Save' }).click()
    if (await sent.then(() => true, () => false)) return
  }
  throw new Error('the admin never sent the save')
}

describe('the admin’s account page', () => {
  it('asks for the current password before changing one’s own password', async () => {
    const context = await browser.newContext({ baseURL: site.baseURL, locale: 'en-US', viewport: { width: 1280, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    try {
      await signInToAdmin(page, 'translator@example.com', 'translator-dev-password')

      await page.goto('/admin/account')
      const current = page.locator('#field-currentPassword')
      await whenInteractive(current)
      expect(await current.getAttribute('type')).toBe('password')
      expect(await current.getAttribute('autocomplete')).toBe('current-password')
      await expect.poll(() => page.getByText('Needed only to change your email or password.').count(), UI).toBe(1)

      await (await whenInteractive(page.getByRole('button', { name: 'Change Password' }))).click()
      await (await whenInteractive(page.locator('#field-password'))).fill('a new translator passphrase')
      await page.locator('#field-confirm-password').fill('a new translator passphrase')
      await save(page)
      await expect.poll(() => page.getByText('Enter your current password to change your email or password.').count(), UI).toBeGreaterThan(0)
      await saveScreenshot(page, 'admin-account-current-password-required')
      await expect(login(site, 'translator@example.com', 'translator-dev-password')).resolves.toBeTruthy()

      await current.fill('translator-dev-password')
      await save(page)
      await expect
        .poll(() => login(site, 'translator@example.com', 'a new translator passphrase').then(() => true, () => false), { timeout: 60_000, interval: 500 })
        .toBe(true)
    } finally {
      await context.close()
    }
  })

  it('does not show the field on another user’s page', async () => {
    const context = await browser.newContext({ baseURL: site.baseURL, locale: 'en-US', viewport: { width: 1280, height: 1000 } })
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    try {
      await signInToAdmin(page, 'admin@example.com', 'admin-dev-password')
      await page.goto('/admin/collections/users?where[email][equals]=editor@example.com')
      await (await whenInteractive(page.getByRole('link', { name: 'editor@example.com' }).first())).click()
      await page.waitForURL(/\/admin\/collections\/users\/\d+/)
      await whenInteractive(page.locator('#field-email'))
      expect(await page.locator('#field-currentPassword').count()).toBe(0)
    } finally {
      await context.close()
    }
  })
})
