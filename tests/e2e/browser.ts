// Debian's chromium driven by playwright-core; never a downloaded browser.
import { type Browser, chromium, type Locator, type Page } from 'playwright-core'

/** `args`: more Chromium switches, for a journey that needs one. */
export const launchBrowser = (args: string[] = []): Promise<Browser> =>
  chromium.launch({
    args: [
      ...args,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  })

export const logIn = async ({
  baseUrl,
  email,
  page,
  password,
}: {
  baseUrl: string
  email: string
  page: Page
  password: string
}) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 120_000 })
}

/**
 * Clicks `target` until `shown` appears. A server-rendered button clicked before the page has hydrated does
 * nothing, and a busy machine can take seconds to hydrate a page.
 */
export const clickUntilShown = async (target: Locator, shown: Locator, timeout = 120_000) => {
  const deadline = Date.now() + timeout
  for (;;) {
    await target.click({ timeout })
    const isShown = await shown.waitFor({ timeout: 5_000 }).then(
      () => true,
      () => false,
    )
    if (isShown) return
    if (Date.now() > deadline)
      throw new Error(`Clicking ${String(target)} did not show ${String(shown)} in ${timeout} ms`)
  }
}
