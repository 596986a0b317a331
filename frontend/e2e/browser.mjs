// Shared helpers of the end-to-end tests: Debian's Chromium driven by playwright-core (no browser download).
import { chromium } from 'playwright-core'

/** URL of the window under test: $DOSSIERFT_URL, or the Wails dev server's default address. */
export function baseURL() {
  return process.env.DOSSIERFT_URL || 'http://127.0.0.1:34115/'
}

/** Launches headless Chromium ($CHROMIUM or /usr/bin/chromium) with flags that work as root, offline, without GPU. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'],
  })
}

/** Waits until no naive-ui select menu is shown (they stay in the DOM, hidden, after their leave animation). */
export function menusClosed(page) {
  return page.waitForFunction(() =>
    [...document.querySelectorAll('.n-base-select-menu')].every((m) => m.getClientRects().length === 0 || getComputedStyle(m).display === 'none'),
  )
}
