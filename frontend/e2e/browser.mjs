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
