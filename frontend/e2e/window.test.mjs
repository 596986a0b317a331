// End-to-end test of the window against the real Go backend: a Wails dev build serving the built frontend
// and the real bindings at $DOSSIERFT_URL, on the dossier $DOSSIERFT_FILE (scripts/e2e.sh sets both up).
// Expected figures come from `dossierft json` on the same file.
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { baseURL, launchBrowser } from './browser.mjs'
import { chargesOfYear, dumpDossier, eur, fold, int, produitsOfYear } from './expected.mjs'

const file = process.env.DOSSIERFT_FILE
const shots = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
if (!file) throw new Error('DOSSIERFT_FILE must name the dossier the dev server opened (see scripts/e2e.sh)')

/** Text of an element with no-break spaces made plain, for comparing formatted figures. */
const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

describe('window on the real Go backend', () => {
  let browser
  let page
  let dump
  const consoleErrors = []

  before(async () => {
    dump = dumpDossier(file)
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => consoleErrors.push(String(e)))
    await page.goto(baseURL())
  })

  after(async () => {
    await browser?.close()
  })

  it('shows the dashboard with figures from Go', async () => {
    const name = page.getByTestId('candidature-name')
    await name.waitFor({ timeout: 30_000 })
    assert.equal(await name.innerText(), dump.candidature.name)
    assert.equal(dump.candidature.name, 'LORnTECH')
    assert.equal(await page.getByTestId('header-name').innerText(), 'LORnTECH')
    assert.equal(plain(await page.getByTestId('territory').innerText()), dump.candidature.territory)
    assert.match(await page.getByTestId('header-path').innerText(), new RegExp(basename(file).replace('.', '\\.')))

    const count = async (id) => plain(await page.getByTestId(id).getByTestId('stat-value').innerText())
    assert.equal(await count('count-partners'), plain(int(dump.partners.length)))
    assert.equal(await count('count-actors'), plain(int(dump.actors.length)))
    assert.equal(await count('count-actions'), plain(int(dump.actions.length)))
    assert.equal(plain(await page.getByTestId('budget-years').innerText()), `${dump.candidature.yearStart} – ${dump.candidature.yearEnd}`)

    // The yearly budget, formatted in French, equals the sums of the dump's lines.
    for (let y = dump.candidature.yearStart; y <= dump.candidature.yearEnd; y++) {
      const row = page.getByTestId(`budget-year-${y}`)
      const charges = chargesOfYear(dump, y)
      assert.ok(charges > 0, `the sample has charges in ${y}`)
      assert.equal(plain(await row.getByTestId('charges').innerText()), plain(eur(charges)), `charges ${y}`)
      assert.equal(plain(await row.getByTestId('produits').innerText()), plain(eur(produitsOfYear(dump, y))), `produits ${y}`)
      const balanced = charges === produitsOfYear(dump, y)
      assert.equal(await row.getByTestId('balance-tag').innerText(), balanced ? 'Équilibré' : 'Déséquilibré')
    }
    // French format, e.g. "416 268,02 €": digits grouped by a narrow no-break space, comma, then "€".
    const first = await page.getByTestId(`budget-year-${dump.candidature.yearStart}`).getByTestId('charges').innerText()
    assert.match(first, /^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/)

    // Findings: as many as Go's validation gives, each with a severity tag and a French message.
    const findings = page.getByTestId('finding')
    const n = await findings.count()
    assert.ok(n > 0, 'the sample has findings (fictitious rows, letters not attached)')
    assert.match(await findings.first().innerText(), /(Erreur|Avertissement|Info)/)

    await page.screenshot({ path: join(shots, 'e2e-dashboard.png') })
  })

  it('reports the loaded dossier to Go once', async () => {
    const report = process.env.DOSSIERFT_REPORT_LOADED
    if (!report) return
    for (let i = 0; i < 50 && !existsSync(report); i++) await page.waitForTimeout(100)
    assert.equal(readFileSync(report, 'utf8'), `${dump.candidature.name}\t${dump.actors.length}\n`)
  })

  it('lists the partners with their commitments', async () => {
    await page.getByTestId('nav-partners').click()
    const table = page.getByTestId('partners-table')
    await table.locator('tbody tr').first().waitFor()
    assert.equal(plain(await page.getByTestId('partners-count').innerText()), `${plain(int(dump.partners.length))} partenaires`)
    assert.equal(await table.locator('tbody tr.n-data-table-tr:not(.n-data-table-tr--summary)').count(), dump.partners.length)
    for (const p of dump.partners.filter((p) => /Grand Est Numérique|Tous branchés/.test(p.name))) {
      await table.getByText(p.name, { exact: true }).waitFor()
    }
    // The cash committed by one partner, summed from the dump's contributions, appears in its row.
    const metz = dump.partners.find((p) => p.name === 'Metz Métropole') ?? dump.partners[0]
    const cash = dump.contributions.filter((c) => c.partnerId === metz.id && c.nature === 'numeraire').reduce((s, c) => s + c.amount, 0)
    const row = table.locator('tbody tr', { hasText: metz.name }).first()
    assert.ok(plain(await row.innerText()).includes(plain(eur(cash))), `${metz.name}: ${eur(cash)}`)
    await page.screenshot({ path: join(shots, 'e2e-partners.png') })
  })

  it('lists and filters the actors', async () => {
    await page.getByTestId('nav-actors').click()
    const table = page.getByTestId('actors-table')
    await table.locator('.n-data-table-tr').nth(1).waitFor()
    const total = dump.actors.length
    assert.equal(plain(await page.getByTestId('actors-count').innerText()), `${plain(int(total))} acteurs`)

    const search = page.getByTestId('actors-search')
    await search.fill('Épinal')
    const want = dump.actors.filter((a) =>
      [a.name, a.town, a.postcode, a.naf, a.siret, ...(a.tags ?? [])].some((f) => fold(f ?? '').includes('epinal')),
    ).length
    assert.ok(want > 0 && want < total, `some but not all actors are in Épinal (${want})`)
    await page.getByTestId('actors-count').getByText(`${plain(int(want))} sur`).waitFor()
    const rows = table.locator('tbody .n-data-table-tr')
    assert.ok((await rows.count()) >= Math.min(want, 5))
    assert.match(await rows.first().innerText(), /[ÉE]pinal/i)
    await page.screenshot({ path: join(shots, 'e2e-actors-filtered.png') })

    await search.fill('zzzz introuvable')
    await table.getByText('Aucun acteur ne correspond à la recherche.').waitFor()
    await search.fill('')
    await page.getByTestId('actors-count').getByText(`${plain(int(total))} acteurs`).waitFor()
  })

  it('shows the budget lines by year with balanced totals', async () => {
    await page.getByTestId('nav-budget').click()
    const y = dump.candidature.yearStart
    await page.getByTestId(`budget-filter-${y}`).click()
    await page.getByTestId('charges-table').locator('tbody .n-data-table-tr').first().waitFor()
    assert.equal(plain(await page.getByTestId('total-charges').innerText()), plain(eur(chargesOfYear(dump, y))))
    assert.equal(plain(await page.getByTestId('total-produits').innerText()), plain(eur(produitsOfYear(dump, y))))
    await page.screenshot({ path: join(shots, 'e2e-budget.png') })
  })

  it('exports into a typed folder and lists the files written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossierft-e2e-')), 'export')
    await page.getByTestId('nav-export').click()
    await page.getByTestId('export-dir-input').fill(out)
    await page.getByTestId('export-typed').click()
    await page.getByTestId('export-result').waitFor({ timeout: 120_000 })
    const files = await page.getByTestId('export-files').locator('li').count()
    assert.ok(files >= 3, `at least 3 files listed, got ${files}`)
    const listed = await page.getByTestId('export-files').innerText()
    assert.match(listed, /\.pdf/)
    assert.match(listed, /\.xlsx/)
    for (const line of listed.split('\n').filter((l) => l.startsWith('/'))) {
      assert.ok(existsSync(line) && statSync(line).size > 0, `${line} written`)
    }
    await page.screenshot({ path: join(shots, 'e2e-export.png') })
  })

  it('shows the French message of a failed export', async () => {
    await page.getByTestId('export-dir-input').fill('/proc/dossierft-interdit/export')
    await page.getByTestId('export-typed').click()
    const alert = page.getByTestId('error')
    await alert.waitFor({ timeout: 60_000 })
    const text = await alert.innerText()
    assert.match(text, /L'export a échoué/)
    assert.match(text, /dossier|impossible|écrire|créer/i)
    assert.doesNotMatch(text, /undefined|\[object Object\]/)
  })

  it('can be driven from the keyboard, with a visible focus', async () => {
    await page.keyboard.press('Escape')
    await page.locator('body').click({ position: { x: 700, y: 5 } })
    await page.keyboard.press('Alt+3')
    await page.getByTestId('partners-page').waitFor()
    await page.keyboard.press('Alt+1')
    await page.getByTestId('dashboard').waitFor()
    assert.equal(await page.title(), `${dump.candidature.name} — Dossier French Tech`)
    // From the first menu entry, Tab reaches the next one with a visible outline (focus ring); Enter follows it.
    await page.getByTestId('nav-dashboard').focus()
    await page.keyboard.press('Tab')
    const ring = await page.evaluate(() => {
      const el = document.activeElement
      const st = el ? getComputedStyle(el) : null
      return st ? { testid: el.getAttribute('data-testid'), style: st.outlineStyle, width: parseFloat(st.outlineWidth) } : null
    })
    assert.equal(ring?.testid, 'nav-candidature')
    assert.ok(ring.style !== 'none' && ring.width >= 2, `focus ring on ${JSON.stringify(ring)}`)
    await page.screenshot({ path: join(shots, 'e2e-keyboard-focus.png') })
    await page.keyboard.press('Enter')
    await page.getByTestId('candidature-page').waitFor()
  })

  it('had no errors in the browser console', () => {
    assert.deepEqual(consoleErrors, [])
  })
})
