/** State of the budget page: every charge and produit line, and the year shown. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getBudgetLines, toApiError, type ApiError, type BudgetRow } from '@/api'

/** Sum of the amounts of `rows`, in cents. */
export function sumCents(rows: readonly BudgetRow[]): number {
  let s = 0
  for (const r of rows) s += r.amount
  return s
}

/** Pinia store of the budget lines (read-only for now). */
export const useBudgetStore = defineStore('budget', () => {
  const rows = shallowRef<BudgetRow[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)
  /** Year shown, or 0 for all years. */
  const year = ref(0)

  /** Years present in the lines, ascending. */
  const years = computed(() => [...new Set(rows.value.map((r) => r.year))].sort((a, b) => a - b))
  const inYear = computed(() => (year.value === 0 ? rows.value : rows.value.filter((r) => r.year === year.value)))
  /** Charge lines of the year shown. */
  const charges = computed(() => inYear.value.filter((r) => r.side === 'charge'))
  /** Produit lines of the year shown. */
  const produits = computed(() => inYear.value.filter((r) => r.side === 'produit'))
  /** Totals in cents of the year shown. */
  const totals = computed(() => {
    const c = sumCents(charges.value)
    const p = sumCents(produits.value)
    return { charges: c, produits: p, balance: p - c }
  })

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

  return { rows, loading, loaded, error, year, years, charges, produits, totals, load }
})
