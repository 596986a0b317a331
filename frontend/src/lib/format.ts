/**
 * French formatting of the values the Go side sends: amounts in integer euro cents, ISO dates, counts.
 * This is the only module that formats numbers and dates for display.
 */

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
const wholeEuros = new Intl.NumberFormat('fr-FR', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})
const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 })
const percents = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 })

/**
 * Formats an amount given in integer euro cents, e.g. 123456 → "1 234,56 €" (French grouping with a
 * narrow no-break space U+202F, a no-break space U+00A0 before "€"). Non-integer or non-finite input is
 * shown as "—" rather than a wrong figure.
 */
export function formatCents(cents: number): string {
  if (!Number.isFinite(cents) || !Number.isInteger(cents)) return '—'
  return euros.format(cents / 100)
}

/**
 * Formats an amount in integer euro cents rounded to whole euros, e.g. 123456 → "1 235 €"; for dense
 * summaries where cents add noise. Same separators as {@link formatCents}.
 */
export function formatWholeEuros(cents: number): string {
  if (!Number.isFinite(cents) || !Number.isInteger(cents)) return '—'
  return wholeEuros.format(Math.round(cents / 100))
}

/** Formats a count the French way, e.g. 5000 → "5 000" (narrow no-break space). */
export function formatInt(n: number): string {
  if (!Number.isFinite(n)) return '—'
  return integers.format(n)
}

/** Formats a ratio (0.25 → "25 %"), one decimal at most. */
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—'
  return percents.format(ratio)
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/

/**
 * Formats an ISO date ("2015-03-31" or "2015-03-31T10:00:00Z") as JJ/MM/AAAA ("31/03/2015"), reading
 * the calendar date as written (no time-zone shift). Empty input gives "" and anything that is not an ISO
 * date is returned unchanged, so the user still sees what was stored.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = isoDate.exec(iso.trim())
  if (!m) return iso
  const [, y, mo, d] = m
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso
  return `${d}/${mo}/${y}`
}

/**
 * Groups a 14-digit SIRET as "123 456 789 00012" (SIREN, then NIC); anything else is returned as given.
 */
export function formatSiret(siret: string): string {
  const s = siret.replace(/\s/g, '')
  if (!/^\d{14}$/.test(s)) return siret
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`
}

/**
 * Chooses "1 acteur" or "5 000 acteurs": the count formatted, then the singular or plural noun (French rule:
 * 0 and 1 take the singular).
 */
export function plural(n: number, singular: string, pluralForm = singular + 's'): string {
  return `${formatInt(n)} ${Math.abs(n) < 2 ? singular : pluralForm}`
}
