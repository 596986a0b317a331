// End-to-end test of editing in the window against the real Go backend (issue 3): a partner refused for its
// SIRET then created, cash and in-kind contributions, budget lines until the year balances, a chapter written
// and its status on the dashboard, undo and redo, and the export containing the new partner and amounts.
// Runs on the dossier $DOSSIERFT_FILE served at $DOSSIERFT_URL (scripts/e2e.sh).
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { baseURL, launchBrowser, menusClosed } from './browser.mjs'
import { chargesOfYear, dumpDossier, eur, produitsOfYear } from './expected.mjs'

const file = process.env.DOSSIERFT_FILE
const shots = process.env.SHOTS_DIR || '/tmp/dossierft-shots'
if (!file) throw new Error('DOSSIERFT_FILE must name the dossier the dev server opened (see scripts/e2e.sh)')

const plain = (s) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const NAME = 'Jeune Pousse E2E Épinal'
const BAD_SIRET = '78467169500088' // Luhn key wrong
const GOOD_SIRET = '78467169500087'

describe('editing the dossier in the window', () => {
  let browser
  let page
  let year

  /** Picks `label` in the naive-ui select whose wrapper has data-testid `testid`. */
  async function choose(testid, label) {
    await page.getByTestId(testid).click()
    await page.locator('.n-base-select-option:visible', { hasText: label }).first().click()
    await menusClosed(page)
  }

  before(async () => {
    year = dumpDossier(file).candidature.yearStart
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    if (process.env.E2E_TIMINGS) {
      // Main-thread tasks over 50 ms (Chromium's Long Tasks API), to see what delays the answers of calls.
      await page.addInitScript(() => {
        window.__longTasks = []
        new PerformanceObserver((l) => window.__longTasks.push(...l.getEntries().map((e) => [e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true })
      })
    }
    await page.goto(baseURL())
    await page.getByTestId('candidature-name').waitFor({ timeout: 30_000 })
  })

  after(async () => {
    if (page) {
      const saves = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => /^api: (le partenaire|la contribution|la ligne|le chapitre)/.test(m.name))
          .map((m) => ({ ms: m.duration, inFlight: m.detail?.inFlight ?? 0 })),
      )
      if (process.env.E2E_TIMINGS) {
        // Every timed call of the page, in order: start (ms since load), duration, calls unanswered at its start.
        const all = await page.evaluate(() =>
          performance.getEntriesByType('measure').filter((m) => m.name.startsWith('api: ')).map((m) => [m.name, m.startTime, m.duration, m.detail?.inFlight ?? 0]),
        )
        for (const [n, t, ms, f] of all) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${ms.toFixed(1).padStart(6)} ms  in flight ${f}  ${n}`)
        const long = await page.evaluate(() => window.__longTasks ?? [])
        for (const [t, ms] of long) console.log(`  ${t.toFixed(0).padStart(7)} ms  ${ms.toFixed(1).padStart(6)} ms  long task`)
      }
      const times = saves.map((s) => s.ms)
      // Saves sent while no other call was unanswered: the dev server answers one call at a time, so the others
      // also waited for reloads (refreshAll after the previous edit) sent before them.
      const alone = saves.filter((s) => s.inFlight === 0).map((s) => s.ms)
      const loads = await page.evaluate(() =>
        performance.getEntriesByType('measure').filter((m) => m.name === 'api: le dossier' && (m.detail?.inFlight ?? 0) === 0).map((m) => m.duration),
      )
      // Baseline: the same round trip for a trivial bound call (Session.Path: no database work), 20 calls one
      // after the other, timed like api/call.ts times every call (from the call to its settled promise).
      const trivial = await page.evaluate(async () => {
        const out = []
        for (let i = 0; i < 20; i++) {
          const start = performance.now()
          await window.go.app.Session.Path()
          out.push(performance.now() - start)
        }
        return out
      })
      const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
      if (times.length) {
        console.log(
          `saved edits: ${times.length}, median round trip ${median(times).toFixed(1)} ms (trivial bound call: ${median(trivial).toFixed(1)} ms), ` +
            `max ${Math.max(...times).toFixed(1)} ms (trivial: ${Math.max(...trivial).toFixed(1)} ms)`,
        )
        console.log(
          `saved edits sent with no other call unanswered: ${alone.length}, median ${alone.length ? median(alone).toFixed(1) : '—'} ms; ` +
            `queued behind other calls: ${times.length - alone.length}; whole-dossier reload (Dossier.Load, alone): ${loads.length}, median ${loads.length ? median(loads).toFixed(1) : '—'} ms`,
        )
      }
    }
    await browser?.close()
  })

  it('refuses a partner with a wrong SIRET, then creates it with a valid one', async () => {
    const before = dumpDossier(file).partners.length
    await page.getByTestId('nav-partners').click()
    await page.getByTestId('partner-new').click()
    await page.getByTestId('partner-name').fill(NAME)
    await page.getByTestId('partner-siret').fill(BAD_SIRET)
    await page.getByTestId('partner-town').fill('Épinal')
    await page.getByTestId('partner-create').click()
    const feedback = page.getByTestId('partner-drawer').locator('.n-form-item-feedback--error')
    await feedback.first().waitFor()
    assert.match(await feedback.first().innerText(), /SIRET/i)
    assert.equal(await page.getByTestId('partner-siret').inputValue(), BAD_SIRET, 'the typed value is kept')
    assert.equal(dumpDossier(file).partners.length, before, 'nothing saved')
    await page.screenshot({ path: join(shots, 'e2e-partner-refused.png') })

    await page.getByTestId('partner-siret').fill(GOOD_SIRET)
    await page.getByTestId('partner-create').click()
    await page.getByTestId('contribution-add').waitFor()
    const saved = dumpDossier(file).partners.filter((p) => p.name === NAME)
    assert.equal(saved.length, 1)
    assert.equal(saved[0].siret, GOOD_SIRET)
  })

  it('adds cash and in-kind contributions', async () => {
    await page.getByTestId('contribution-add').click()
    await page.getByTestId('contribution-amount').fill('12 345,67')
    await page.getByTestId('contribution-save').click()
    await page.getByTestId('contribution-modal').waitFor({ state: 'detached' })

    await page.getByTestId('contribution-add').click()
    await choose('contribution-nature', 'En nature')
    await choose('contribution-inKindType', 'Locaux')
    await page.getByTestId('contribution-amount').fill('5000')
    await page.getByTestId('contribution-save').click()
    await page.getByTestId('contribution-modal').waitFor({ state: 'detached' })
    await page.getByTestId('contribution-row').nth(1).waitFor()
    await page.screenshot({ path: join(shots, 'e2e-partner-contributions.png') })

    const d = dumpDossier(file)
    const p = d.partners.find((x) => x.name === NAME)
    const mine = d.contributions.filter((c) => c.partnerId === p.id).sort((a, b) => a.amount - b.amount)
    assert.deepEqual(mine.map((c) => [c.year, c.nature, c.amount]), [[year, 'nature', 500000], [year, 'numeraire', 1234567]])
    await page.keyboard.press('Escape')
    await page.getByTestId('partner-drawer').waitFor({ state: 'detached' })
  })

  it('shows the year unbalanced, then balanced after adding charges', async () => {
    await page.getByTestId('nav-dashboard').click()
    const row = page.getByTestId(`budget-year-${year}`)
    await row.getByTestId('balance-tag').getByText('Déséquilibré').waitFor()

    await page.getByTestId('nav-budget').click()
    for (const [account, amount, label] of [['604', '12 345,67 €', 'Prestations E2E'], ['861', '5 000,00', 'Locaux mis à disposition E2E']]) {
      await page.getByTestId('charge-add').click()
      await page.getByTestId('line-account').click()
      await page.keyboard.type(account)
      await page.locator('.n-base-select-option:visible', { hasText: new RegExp(`^${account} –`) }).first().click()
      await page.getByTestId('line-amount').fill(amount)
      await page.getByTestId('line-label').fill(label)
      await page.getByTestId('line-save').click()
      await page.getByTestId('line-modal').waitFor({ state: 'detached' })
    }
    const d = dumpDossier(file)
    assert.equal(chargesOfYear(d, year), produitsOfYear(d, year), 'charges equal produits in the file')

    await page.getByTestId('nav-dashboard').click()
    await row.getByTestId('balance-tag').getByText('Équilibré').waitFor()
    assert.equal(plain(await row.getByTestId('balance').innerText()), plain(eur(0)))
    assert.equal(plain(await row.getByTestId('charges').innerText()), plain(eur(chargesOfYear(d, year))))
    await page.screenshot({ path: join(shots, 'e2e-dashboard-balanced.png') })
  })

  it('writes a chapter, shows its status on the dashboard, and undoes / redoes it', async () => {
    await page.getByTestId('nav-sections').click()
    const item = page.getByTestId('section-item').last()
    await item.click()
    const count = async (code) => Number((await page.getByTestId(`chapters-${code}`).innerText()).replace(/\D/g, ''))

    await page.getByTestId('section-body').fill('## Engagements\n\nLe partenaire **' + NAME + '** soutient <script>alert(1)</script> la candidature.')
    await page.getByTestId('section-title').click() // leaving the body saves it
    await page.getByTestId('section-preview').locator('strong', { hasText: NAME }).waitFor()
    assert.equal(await page.getByTestId('section-preview').locator('script').count(), 0)
    assert.match(await page.getByTestId('section-preview').innerText(), /<script>alert\(1\)<\/script>/)
    await page.getByTestId('section-saved').getByText('Enregistré').waitFor()

    await page.getByTestId('nav-dashboard').click()
    const relireBefore = await count('a-relire')
    await page.getByTestId('nav-sections').click()
    await page.getByTestId('section-item').last().click()
    await choose('section-status', 'À relire')
    await page.getByTestId('section-item-status').last().getByText('À relire').waitFor()
    await page.getByTestId('nav-dashboard').click()
    const expectCount = async (n, step) => {
      try {
        await page.getByTestId('chapters-a-relire').getByText(`À relire : ${n}`).waitFor({ timeout: 10_000 })
      } catch {
        throw new Error(`${step}: dashboard shows « ${await page.getByTestId('chapters-a-relire').innerText()} », expected ${n}`)
      }
    }
    await expectCount(relireBefore + 1, 'after the status change')

    // Undo (Ctrl+Z outside a text field) reverts the status; redo brings it back.
    await page.locator('body').click({ position: { x: 600, y: 5 } })
    await page.keyboard.press('Control+z')
    await expectCount(relireBefore, 'after Ctrl+Z')
    await page.keyboard.press('Control+Shift+z')
    await expectCount(relireBefore + 1, 'after Ctrl+Shift+Z')
    const d = dumpDossier(file)
    assert.equal(d.sections.filter((s) => s.status === 'a-relire').length, relireBefore + 1)
  })

  it('exports the new partner and amounts into the PDF and the workbook', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dossierft-e2e-edit-')), 'export')
    await page.getByTestId('nav-export').click()
    await page.getByTestId('export-dir-input').fill(out)
    await page.getByTestId('export-typed').click()
    await page.getByTestId('export-result').waitFor({ timeout: 120_000 })
    const files = readdirSync(out)
    const pdf = files.find((f) => f.endsWith('.pdf'))
    const xlsx = files.find((f) => f.endsWith('.xlsx') && /financement/i.test(f)) ?? files.find((f) => f.endsWith('.xlsx'))
    assert.ok(pdf && xlsx, `PDF and workbook written: ${files.join(', ')}`)
    const text = plain(execFileSync('pdftotext', ['-layout', join(out, pdf), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }))
    assert.ok(text.includes(NAME), 'the PDF names the new partner')
    assert.ok(text.includes('12 345,67'), 'the PDF shows its cash contribution')
    // Text may be inline or in the shared strings part (absent when unused: unzip then exits 11 after printing).
    let sheets
    try {
      sheets = execFileSync('unzip', ['-p', join(out, xlsx), 'xl/worksheets/*.xml', 'xl/sharedStrings.xml'], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] })
    } catch (e) {
      if (typeof e.stdout !== 'string' || e.stdout === '') throw new Error(`unzip failed on ${xlsx}: status ${e.status}`)
      sheets = e.stdout
    }
    assert.ok(sheets.includes(NAME), 'the workbook names the new partner')
    assert.match(sheets, /<v>12345\.67<\/v>/, 'the workbook holds the amount as a number')
  })
})
