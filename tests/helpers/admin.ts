import type { Locator, Page } from 'playwright-core'

/**
 * Waits until React has hydrated the element (it carries React's props), so that a click or a
 * keystroke reaches the admin's handlers. Before that, a click on a Next link can be lost and a
 * value typed into a form field can be reset by hydration.
 */
export async function whenInteractive(locator: Locator, timeout = 60_000): Promise<Locator> {
  await locator.waitFor({ timeout })
  const handle = await locator.elementHandle({ timeout })
  await locator.page().waitForFunction((element) => element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps$')), handle, { timeout, polling: 100 })
  await handle?.dispose()
  return locator
}

/** Signs in on the admin's login page as a person would, and waits for the dashboard. */
export async function signInToAdmin(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login')
  await (await whenInteractive(page.getByLabel('Email'))).fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/')
}
