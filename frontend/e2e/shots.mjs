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
    for (const name of ['candidature', 'partners', 'actors', 'budget', 'sections', 'export']) {
      await page.getByTestId(`nav-${name}`).click()
      await page.getByTestId(`${name}-page`).waitFor()
      await page.waitForTimeout(900)
      await page.screenshot({ path: `${dir}/${name}-${w}.png` })
    }
    await page.close()
  }
  console.log('screenshots in', dir)
} finally {
  await browser.close()
}
