// Signing off in the review panel as an editor does: "Sign off" opens the checklist of every flagged sentence and
// what resolves it; each cited figure is ticked (the editor has read its source), then the sign-off is confirmed.
import type { Page } from 'playwright-core'

import { clickUntilShown } from './browser'

/** Returns the checklist's text, for the journey to check what the editor was shown. */
export const signOffInPanel = async (page: Page, screenshot?: string): Promise<string> => {
  await clickUntilShown(page.locator('[data-testid="action-sign-off"]'), page.locator('[data-testid="sign-off-form"]'))
  const form = page.locator('[data-testid="sign-off-form"]')
  for (const box of await form.locator('[data-testid^="verify-"]').all()) await box.check()
  if (screenshot) await page.locator('[data-testid="publish-blockers"]').screenshot({ path: screenshot })
  const text = await form.innerText()
  await page.click('[data-testid="sign-off-confirm"]')
  return text
}
