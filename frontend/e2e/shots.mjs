// Takes screenshots of every page of the window served at $DOSSIERFT_URL (default the Wails dev server),
// at 1280×820 and 900×600, into $SHOTS_DIR (default /tmp/dossierft-shots). For looking, not asserting.
import { mkdirSync } from 'node:fs'
import { launchBrowser, baseURL } from './browser.mjs'

const dir = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
mkdirSync(dir, { recursive: true })
const browser = await launchBrowser()
try {
  for (const [w, h] of [[1280, 820], [900, 600]]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } })
    page.on('console', (m) => { if (m.type() === 'error') console.error('console:', m.text()) })
    await page.goto(baseURL())
    await page.getByTestId('candidature-name').waitFor({ timeout: 20000 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: `${dir}/dashboard-${w}.png` })
    await page.screenshot({ path: `${dir}/dashboard-${w}-full.png`, fullPage: true })
    for (const name of ['candidature', 'partners', 'actors', 'actions', 'budget', 'indicators', 'sections', 'export']) {
      await page.getByTestId(`nav-${name}`).click()
      await page.getByTestId(`${name}-page`).waitFor()
      await page.waitForTimeout(900)
      await page.screenshot({ path: `${dir}/${name}-${w}.png` })
    }
    // Forms: a partner's panel, a budget line, the candidature.
    await page.getByTestId('nav-partners').click()
    await page.getByTestId('partner-open').nth(5).click()
    await page.getByTestId('partner-drawer').waitFor()
    await page.waitForTimeout(700)
    await page.screenshot({ path: `${dir}/partner-drawer-${w}.png` })
    await page.keyboard.press('Escape')
    await page.getByTestId('nav-actors').click()
    await page.getByTestId('actor-open').first().click()
    await page.getByTestId('actor-modal').waitFor()
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${dir}/actor-modal-${w}.png` })
    await page.keyboard.press('Escape')
    await page.getByTestId('nav-budget').click()
    await page.getByTestId('charge-add').click()
    await page.getByTestId('line-modal').waitFor()
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${dir}/budget-line-${w}.png` })
    await page.keyboard.press('Escape')
    for (const tab of ['Synthèse', 'Financeurs']) {
      await page.locator('.n-tabs-tab', { hasText: tab }).click()
      await page.waitForTimeout(400)
      await page.screenshot({ path: `${dir}/budget-${tab === 'Synthèse' ? 'synthese' : 'financeurs'}-${w}.png` })
    }
    await page.close()
  }
  console.log('screenshots in', dir)
} finally {
  await browser.close()
}
