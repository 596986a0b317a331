/** State of the budget page: every charge and produit line, and the year shown. */
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { getBudgetLines, toApiError, type ApiError, type BudgetRow } from '@/api'

/** Sum of the amounts of `rows`, in cents. */
export function sumCents(rows: readonly BudgetRow[]): number {
  let s = 0
  for (const r of rows) s += r.amount
  return s
}

/** Totals of a set of lines, in cents, split as the Cerfa 12156 does. */
export interface BudgetTotals {
  /** Charges excluding in-kind (86x). */
  charges: number
  /** Produits excluding in-kind (87x). */
  produits: number
  /** produits − charges (0 when balanced). */
  balance: number
  /** In-kind charges (86x). */
  inKindCharges: number
  /** In-kind produits (87x). */
  inKindProduits: number
  /** inKindProduits − inKindCharges (0 when 86 = 87). */
  inKindBalance: number
  /** Both balances are zero. */
  balanced: boolean
}

/**
 * Totals of charge and produit lines, in cents: the main budget excludes in-kind lines (86/87), which must
 * balance separately — the same split as the Go side's dossier.YearBudget.
 */
export function budgetTotals(charges: readonly BudgetRow[], produits: readonly BudgetRow[]): BudgetTotals {
  const c = sumCents(charges.filter((r) => !r.inKind))
  const p = sumCents(produits.filter((r) => !r.inKind))
  const kc = sumCents(charges.filter((r) => r.inKind))
  const kp = sumCents(produits.filter((r) => r.inKind))
  return {
    charges: c, produits: p, balance: p - c, inKindCharges: kc, inKindProduits: kp, inKindBalance: kp - kc,
    balanced: p === c && kp === kc,
  }
}

/** Pinia store of the budget lines (read-only for now). */
export const useBudgetStore = defineStore('budget', () => {
  const rows = shallowRef<BudgetRow[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)
  /** Year shown, or 0 for all years. */
  const year = ref(0)
  /** Tab shown: synthèse, charges, produits or financeurs. */
  const side = ref<'summary' | 'charge' | 'produit' | 'funders'>('charge')

  /** Years present in the lines, ascending. */
  const years = computed(() => [...new Set(rows.value.map((r) => r.year))].sort((a, b) => a - b))
  const inYear = computed(() => (year.value === 0 ? rows.value : rows.value.filter((r) => r.year === year.value)))
  /** Charge lines of the year shown. */
  const charges = computed(() => markRaw(inYear.value.filter((r) => r.side === 'charge')))
  /** Produit lines of the year shown. */
  const produits = computed(() => markRaw(inYear.value.filter((r) => r.side === 'produit')))
  /** Totals in cents of the year shown; see {@link budgetTotals}. */
  const totals = computed(() => budgetTotals(charges.value, produits.value))

  /** Loads the lines from Go (again when `force`). */
  async function load(force = false): Promise<void> {
    if (loading.value || (loaded.value && !force)) return
    loading.value = true
    error.value = null
    try {
      rows.value = await getBudgetLines()
      loaded.value = true
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  return { rows, loading, loaded, error, year, side, years, charges, produits, totals, load }
})
