/**
 * The share of each funder in the plan de financement: cash (numéraire) per year and in total, in kind, and
 * the public grants above 23 000 € in a year, for which a convention is mandatory (loi n° 2000-321, art. 10;
 * same rule as the Go validation: cash on a 74 account other than 74-prive, per partner and year).
 */
import type { Contribution, Partner, Resource } from '@/api'

/** Threshold above which a public grant needs a convention, in cents (23 000 €). */
export const CONVENTION_THRESHOLD = 23_000_00

/** One funder's line of the table; amounts in cents. */
export interface FunderShare {
  /** "partner:12" or "resource:Région Grand Est". */
  key: string
  name: string
  /** True when at least one cash line is a public grant (74 account other than 74-prive). */
  public: boolean
  /** Cash per year. */
  cashByYear: Record<number, number>
  /** Cash over all years. */
  cash: number
  /** In kind over all years. */
  inKind: number
  /** Share of the total cash produits, 0–1. */
  share: number
  /** Years whose public grant exceeds the threshold. */
  conventionYears: number[]
}

const isPublic = (account: string) => account.startsWith('74-') && account !== '74-prive'

/**
 * Computes each funder's share from the partners' contributions and the other produits lines, largest cash
 * first. In-kind lines are 87x accounts (contributions of nature "nature").
 */
export function funderShares(partners: readonly Partner[], contributions: readonly Contribution[], resources: readonly Resource[]): FunderShare[] {
  const byKey = new Map<string, FunderShare & { publicByYear: Record<number, number> }>()
  const get = (key: string, name: string) => {
    let f = byKey.get(key)
    if (!f) {
      f = { key, name, public: false, cashByYear: {}, cash: 0, inKind: 0, share: 0, conventionYears: [], publicByYear: {} }
      byKey.set(key, f)
    }
    return f
  }
  const names = new Map(partners.map((p) => [p.id, p.name]))
  for (const c of contributions) {
    const f = get(`partner:${c.partnerId}`, names.get(c.partnerId) ?? `Partenaire n° ${c.partnerId}`)
    if (c.nature === 'nature' || c.account.startsWith('87')) {
      f.inKind += c.amount
      continue
    }
    f.cash += c.amount
    f.cashByYear[c.year] = (f.cashByYear[c.year] ?? 0) + c.amount
    if (isPublic(c.account)) {
      f.public = true
      f.publicByYear[c.year] = (f.publicByYear[c.year] ?? 0) + c.amount
    }
  }
  for (const r of resources) {
    const name = r.funder.trim() || 'Autres produits'
    const f = get(`resource:${name}`, name)
    if (r.account.startsWith('87')) {
      f.inKind += r.amount
      continue
    }
    f.cash += r.amount
    f.cashByYear[r.year] = (f.cashByYear[r.year] ?? 0) + r.amount
    if (isPublic(r.account)) f.public = true
  }
  const total = [...byKey.values()].reduce((s, f) => s + f.cash, 0)
  const out: FunderShare[] = []
  for (const { publicByYear, ...f } of byKey.values()) {
    f.share = total === 0 ? 0 : f.cash / total
    f.conventionYears = Object.entries(publicByYear)
      .filter(([, amt]) => amt > CONVENTION_THRESHOLD)
      .map(([y]) => Number(y))
      .sort((a, b) => a - b)
    out.push(f)
  }
  return out.sort((a, b) => b.cash - a.cash || b.inKind - a.inKind || a.name.localeCompare(b.name, 'fr'))
}
