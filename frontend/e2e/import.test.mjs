// End-to-end test of importing an actor list in the window (real Go backend, $DOSSIERFT_URL on
// $DOSSIERFT_FILE): a CSV as French Excel writes it (semicolons, decimal commas, a BOM) with one new actor,
// one duplicate of an actor already in the dossier and one row with a wrong SIRET key; the report is read
// first, nothing is written until "Importer", then the new actor is in the file.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseURL, launchBrowser, menusClosed } from './browser.mjs'
import { dumpDossier } from './expected.mjs'

const file = process.env.DOSSIERFT_FILE
const shots = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
if (!file) throw new Error('DOSSIERFT_FILE must name the dossier the dev server opened (see scripts/e2e.sh)')

describe('importing actors in the window', () => {
  let browser
  let page
  let csv
  let existing

  before(async () => {
    const d = dumpDossier(file)
    existing = d.actors.find((a) => a.town) ?? d.actors[0]
    const dir = mkdtempSync(join(tmpdir(), 'dossierft-e2e-import-'))
    csv = join(dir, 'acteurs à importer.csv')
    const rows = [
      'Nom;Commune;Code postal;SIRET;Fonds levés',
      'Nouvelle Pousse Thionvilloise;Thionville;57100;78467169500087;1 500 000,00',
      `${existing.name};${existing.town};${existing.postcode};;`,
      'Siret Faux SAS;Nancy;54000;78467169500088;',
    ]
    writeFileSync(csv, '\ufeff' + rows.join('\r\n') + '\r\n', 'utf8')
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    await page.goto(baseURL())
    await page.getByTestId('candidature-name').waitFor({ timeout: 30_000 })
  })
  after(async () => browser?.close())

  it('reads the file, explains refused rows and duplicates, then imports on confirmation', async () => {
    const before = dumpDossier(file).actors.length
    await page.getByTestId('nav-actors').click()
    await page.getByTestId('actor-import').click()
    await page.getByTestId('import-path').fill(csv)
    await page.getByTestId('import-read').click()
    await page.getByTestId('import-report').waitFor({ timeout: 30_000 })
    await page.screenshot({ path: join(shots, 'e2e-import-report.png') })

    assert.match(await page.getByTestId('import-new').innerText(), /^1 nouvel acteur$/)
    const errors = await page.getByTestId('import-errors').innerText()
    assert.match(errors, /78467169500088/)
    assert.match(await page.getByTestId('import-errors-count').innerText(), /^1 erreur$/)
    assert.equal(dumpDossier(file).actors.length, before, 'reading writes nothing')

    await page.getByTestId('import-confirm').click()
    await page.getByTestId('import-modal').waitFor({ state: 'detached' })
    const after = dumpDossier(file).actors
    assert.equal(after.length, before + 1)
    const added = after.find((a) => a.name === 'Nouvelle Pousse Thionvilloise')
    assert.ok(added, 'the new actor is in the dossier')
    assert.equal(added.town, 'Thionville')
    assert.equal(added.fundsRaised, 150000000, '1 500 000,00 € read as cents')
    await page.getByTestId('actors-search').fill('Nouvelle Pousse')
    await page.getByTestId('actors-table').getByText('Nouvelle Pousse Thionvilloise').waitFor()
  })

  it('lets the user choose the columns of an unrecognised file', async () => {
    const before = dumpDossier(file).actors.length
    const dir = mkdtempSync(join(tmpdir(), 'dossierft-e2e-libre-'))
    const odd = join(dir, 'liste.csv')
    writeFileSync(odd, 'Dénomination du lieu;Ville;Remarque\r\nFabLab de la Gare E2E;Épinal;ouvert le samedi\r\nCoworking du Port E2E;Metz;\r\n', 'utf8')
    await page.getByTestId('nav-actors').click()
    await page.getByTestId('actor-import').click()
    await page.getByTestId('import-path').fill(odd)
    await page.getByTestId('import-read').click()
    const mapping = page.getByTestId('import-mapping')
    await mapping.waitFor({ timeout: 30_000 })
    for (const [i, label] of [[0, 'Nom'], [1, 'Commune']]) {
      await mapping.locator('.map-item').nth(i).locator('.n-base-selection').click()
      await page.locator('.n-base-select-option:visible', { hasText: new RegExp(`^${label}$`) }).first().click()
      await menusClosed(page) // the menu is gone before the next one opens
    }
    await page.getByTestId('import-read').click()
    await page.getByTestId('import-report').waitFor({ timeout: 30_000 })
    assert.equal(await page.getByTestId('import-new').innerText(), '2 nouveaux acteurs')
    await page.screenshot({ path: join(shots, 'e2e-import-mapping.png') })
    await page.getByTestId('import-confirm').click()
    await page.getByTestId('import-modal').waitFor({ state: 'detached' })
    const after = dumpDossier(file).actors
    assert.equal(after.length, before + 2)
    assert.equal(after.find((a) => a.name === 'FabLab de la Gare E2E')?.town, 'Épinal')
  })

  it("reads a partner's contribution form back and shows what it would change", async () => {
    const d = dumpDossier(file)
    const partner = d.partners.find((p) => p.name === 'Metz Métropole') ?? d.partners[0]
    const mine = d.contributions.filter((c) => c.partnerId === partner.id).length
    const form = join(mkdtempSync(join(tmpdir(), 'dossierft-e2e-form-')), 'formulaire.xlsx')
    execFileSync(process.env.DOSSIERFT_BIN, ['form', file, String(partner.id), '--out', form])

    await page.getByTestId('nav-partners').click()
    await page.getByTestId('partners-table').getByText(partner.name, { exact: true }).click()
    await page.getByTestId('form-return').click()
    await page.getByTestId('form-path').fill(form)
    await page.getByTestId('form-read').click()
    const diff = page.getByTestId('form-diff')
    await diff.waitFor({ timeout: 30_000 })
    assert.match(await diff.innerText(), new RegExp(partner.name))
    assert.equal(await page.getByTestId('form-added').innerText(), '0 ajoutée(s)')
    assert.match(await diff.innerText(), new RegExp(`${mine} inchangée\\(s\\)`))
    assert.equal(await page.getByTestId('form-apply').isDisabled(), true, 'nothing to apply')
    await page.screenshot({ path: join(shots, 'e2e-form-return.png') })
  })
})
