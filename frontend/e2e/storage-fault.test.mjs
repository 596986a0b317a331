// End-to-end test of a storage fault in the window against the real Go backend (issue 3, "Bad input and
// faults"): the open dossier file is deleted while open; leaving an edited field shows the banner with Go's
// French message and "Enregistrer sous…", the typed text stays in the field; a copy saved under a new name
// (Session.SaveAs: the banner's button only offers the native dialog) does not contain the failed edit, and
// leaving the field again saves it into the copy.
// Works on its own sample dossier, opened through Session.Open, and reopens $DOSSIERFT_FILE afterwards so the
// other tests are unaffected. Runs against the dev server at $DOSSIERFT_URL (scripts/e2e.sh).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseURL, launchBrowser } from './browser.mjs'
import { dumpDossier } from './expected.mjs'

const file = process.env.DOSSIERFT_FILE
const bin = process.env.DOSSIERFT_BIN
const shots = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
if (!file) throw new Error('DOSSIERFT_FILE must name the dossier the dev server opened (see scripts/e2e.sh)')

const dir = mkdtempSync(join(tmpdir(), 'dossierft-e2e-fault-'))
const own = join(dir, 'panne.dossier')
const saved = join(dir, 'panne sauvée.dossier')
const TERRITORY = 'Sillon lorrain – saisie pendant la panne'
let name = ''

/** Waits until `dumpDossier(path)` satisfies `ok` (the save answers after the field is left), at most 10 s. */
async function dumpUntil(page, path, ok) {
  const end = Date.now() + 10_000
  for (;;) {
    const d = dumpDossier(path)
    if (ok(d) || Date.now() > end) return d
    await page.waitForTimeout(100)
  }
}

/** Waits until the header names the file `path` (its last component). */
function headerShows(page, path) {
  return page.waitForFunction(
    (n) => document.querySelector('[data-testid="header-path"] .path-file')?.textContent === n,
    path.split('/').pop(),
  )
}

/**
 * Opens `path` through the bound Session.Open and reloads the page so every store reads it (the window only
 * reloads by itself on "dossier:changed"; Session.Open emits "dossier:opened"), then waits for the header.
 */
async function openThrough(page, path) {
  await page.evaluate((p) => window.go.app.Session.Open(p), path)
  await page.reload()
  await headerShows(page, path)
}

describe('the dossier file deleted while open', () => {
  let browser
  let page

  before(async () => {
    if (bin) execFileSync(bin, ['new', '--sample', own])
    else execFileSync('go', ['run', '.', 'new', '--sample', own], { cwd: new URL('../../', import.meta.url) })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    await page.goto(baseURL())
    await page.getByTestId('candidature-name').waitFor({ timeout: 30_000 })
    await openThrough(page, own)
    await page.getByTestId('nav-candidature').click()
    await page.getByTestId('cand-territory').waitFor()
  })

  after(async () => {
    // The other tests work on $DOSSIERFT_FILE: give the window back to it, whatever happened here.
    if (page) await openThrough(page, file).catch((e) => console.error(`reopening ${file}: ${e}`))
    await browser?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('says so in a banner offering "Enregistrer sous…" and keeps what was typed', async () => {
    const d = dumpDossier(own)
    name = d.candidature.name
    const before = d.candidature.territory
    assert.notEqual(before, TERRITORY)
    for (const f of [own, `${own}-wal`, `${own}-shm`]) rmSync(f, { force: true })
    assert.equal(existsSync(own), false)

    const field = page.getByTestId('cand-territory')
    await field.fill(TERRITORY)
    await field.press('Tab')
    const banner = page.getByTestId('storage-fault')
    await banner.waitFor()
    const text = await banner.innerText()
    assert.match(text, /Le dossier ne peut plus être enregistré/)
    assert.match(text, /supprimé|déplacé/, `the message says the file was deleted or moved: ${text}`)
    assert.ok(text.includes('panne.dossier'), `the message names the file: ${text}`)
    await banner.getByRole('button', { name: 'Enregistrer sous…' }).waitFor()
    assert.equal(await field.inputValue(), TERRITORY, 'the typed text stays in the field')
    await page.screenshot({ path: join(shots, 'e2e-storage-fault.png') })
  })

  it('saves a copy under a new name, then saves the edit into the copy', async () => {
    await page.evaluate((p) => window.go.app.Session.SaveAs(p), saved)
    assert.equal(existsSync(saved), true, 'the copy is written')
    // Read before any click: leaving any field of the form sends the whole draft, edit included.
    const copy = dumpDossier(saved)
    assert.notEqual(copy.candidature.territory, TERRITORY, 'the failed edit was not saved')
    assert.equal(copy.candidature.name, name, 'the copy holds the dossier')

    const field = page.getByTestId('cand-territory')
    assert.equal(await field.inputValue(), TERRITORY, 'the switch to the copy keeps what was typed')
    await field.click()
    await field.press('Tab')
    const after = await dumpUntil(page, saved, (d) => d.candidature.territory === TERRITORY)
    assert.equal(after.candidature.territory, TERRITORY, 'leaving the field again saves it into the copy')
    assert.equal(existsSync(own), false, 'nothing is written to the deleted path')

    // The banner's own button refreshes the window after the copy; called directly, "Actualiser" does it.
    await page.getByTestId('reload').click()
    await headerShows(page, saved)
    assert.equal(await field.inputValue(), TERRITORY)
  })
})
