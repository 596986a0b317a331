// Expected figures for the end-to-end test, read from the Go side's own dump of the dossier
// (`dossierft json FILE`), never guessed.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const repo = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Runs `dossierft json FILE` with $DOSSIERFT_BIN (or `go run .` in the repository) and returns the parsed dump.
 * @param {string} file path of the .dossier file
 */
export function dumpDossier(file) {
  const bin = process.env.DOSSIERFT_BIN
  const out = bin
    ? execFileSync(bin, ['json', file], { encoding: 'utf8', maxBuffer: 256 << 20 })
    : execFileSync('go', ['run', '.', 'json', file], { cwd: repo, encoding: 'utf8', maxBuffer: 256 << 20 })
  return JSON.parse(out)
}

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
const ints = new Intl.NumberFormat('fr-FR')

/** French euro text of an amount in cents, as the window shows it ("1 234,56 €"). */
export const eur = (cents) => euros.format(cents / 100)
/** French integer text ("5 000"). */
export const int = (n) => ints.format(n)

/** Cerfa 12156: in-kind lines are accounts 86x (charges) and 87x (produits); they balance separately. */
const inKind = (account) => /^8[67]/.test(account)

/**
 * Charges of `year` excluding in-kind (86x), in cents, summed from the dump's charge lines.
 * @param {any} dump the parsed `dossierft json` output
 * @param {number} year budget year
 */
export function chargesOfYear(dump, year) {
  return dump.charges.filter((c) => c.year === year && !inKind(c.account)).reduce((s, c) => s + c.amount, 0)
}

/** Produits of `year` excluding in-kind (87x), in cents: contributions plus resource lines. */
export function produitsOfYear(dump, year) {
  const lines = [...dump.contributions, ...(dump.resources ?? [])]
  return lines.filter((c) => c.year === year && !inKind(c.account)).reduce((s, c) => s + c.amount, 0)
}

/** Lower case without accents, as the actors search box compares. */
export function fold(s) {
  return s.toLowerCase().replace(/œ/g, 'oe').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
}
