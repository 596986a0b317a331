// End-to-end test of a partner's letter of support in the window against the real Go backend (issue 3):
// a PDF written here is attached through a typed path (Edit.AttachPath), the status becomes "Reçue" and the
// file name is shown; a text file renamed .pdf is refused with Go's French message; "Retirer" removes the
// letter. Runs on the dossier $DOSSIERFT_FILE served at $DOSSIERFT_URL (scripts/e2e.sh).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseURL, launchBrowser } from './browser.mjs'
import { dumpDossier } from './expected.mjs'

const file = process.env.DOSSIERFT_FILE
const shots = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
if (!file) throw new Error('DOSSIERFT_FILE must name the dossier the dev server opened (see scripts/e2e.sh)')

const PARTNER = 'Bpifrance' // letter "demandee" and no file in the LORnTECH sample
const dir = mkdtempSync(join(tmpdir(), 'dossierft-e2e-attach-'))
const LETTER = 'Lettre soutien Bpifrance.pdf'
const FAKE = 'notes-renommees.pdf'
// The smallest file Go accepts as a PDF: the "%PDF-" header is what it checks.
writeFileSync(join(dir, LETTER), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
writeFileSync(join(dir, FAKE), 'Ceci est un fichier texte renommé en .pdf.\n')

const partnerOf = (d) => d.partners.find((p) => p.name === PARTNER)

describe("a partner's letter of support", () => {
  let browser
  let page

  before(async () => {
    const p = partnerOf(dumpDossier(file))
    assert.ok(p, `the sample has the partner « ${PARTNER} »`)
    assert.equal(p.letterAttachmentId, 0, 'no letter attached before the test')
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    await page.goto(baseURL())
    await page.getByTestId('candidature-name').waitFor({ timeout: 30_000 })
    await page.getByTestId('nav-partners').click()
    await page.getByTestId('partner-open').getByText(PARTNER, { exact: true }).click()
    await page.getByTestId('partner-attachments').waitFor()
  })

  after(async () => {
    await browser?.close()
  })

  it('attaches a PDF by its typed path: status "Reçue", file name shown', async () => {
    assert.equal(await page.getByTestId('letter-status').innerText(), 'Demandée')
    assert.equal(await page.getByTestId('letter-file-none').innerText(), 'aucun fichier joint')
    await page.getByTestId('attach-path-input').fill(join(dir, LETTER))
    await page.getByTestId('attach-typed').click()
    await page.getByTestId('letter-file').getByText(LETTER).waitFor()
    await page.getByTestId('letter-status').getByText('Reçue').waitFor()
    assert.equal(await page.getByTestId('letter-attach').innerText(), 'Remplacer…')
    await page.screenshot({ path: join(shots, 'e2e-partner-letter.png') })

    const d = dumpDossier(file)
    const p = partnerOf(d)
    assert.equal(p.letterStatus, 'recue')
    assert.match(p.letterDate, /^\d{4}-\d{2}-\d{2}$/, 'dated when attached')
    const a = d.attachments.find((x) => x.id === p.letterAttachmentId)
    assert.ok(a, 'the attachment is stored')
    assert.equal(a.name, LETTER)
    assert.equal(a.kind, 'lettre')
    assert.equal(a.mime, 'application/pdf')
  })

  it('refuses a text file renamed .pdf with the French message, keeping the letter', async () => {
    const before = partnerOf(dumpDossier(file)).letterAttachmentId
    await page.getByTestId('attach-path-input').fill(join(dir, FAKE))
    await page.getByTestId('attach-typed').click()
    const err = page.getByTestId('attach-error')
    await err.waitFor()
    const text = await err.innerText()
    assert.match(text, /doit être un PDF/)
    assert.ok(text.includes(FAKE), `the message names the file: ${text}`)
    assert.equal(await page.getByTestId('letter-file').innerText(), LETTER)
    // The message is brought into view inside the drawer (it sits below the fold of a 820 px window).
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="attach-error"]')?.getBoundingClientRect()
      return r && r.top >= 0 && r.bottom <= window.innerHeight
    })
    await page.screenshot({ path: join(shots, 'e2e-partner-letter-refused.png') })
    assert.equal(partnerOf(dumpDossier(file)).letterAttachmentId, before, 'nothing changed in the file')
  })

  it('"Retirer" removes the letter; the status goes back to "Demandée"', async () => {
    await page.getByTestId('letter-detach').click()
    await page.getByTestId('letter-file-none').waitFor()
    await page.getByTestId('letter-status').getByText('Demandée').waitFor()
    assert.equal(await page.getByTestId('letter-attach').innerText(), 'Joindre la lettre…')
    const d = dumpDossier(file)
    const p = partnerOf(d)
    assert.equal(p.letterAttachmentId, 0)
    assert.equal(p.letterStatus, 'demandee')
    assert.equal(d.attachments.filter((a) => a.partnerId === p.id && a.kind === 'lettre').length, 0, 'the file is removed from the dossier')
  })
})
