/** State of the partners page. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getPartners, toApiError, type ApiError, type PartnerRow } from '@/api'

/** Pinia store of the partners table (read-only for now). */
export const usePartnersStore = defineStore('partners', () => {
  const rows = shallowRef<PartnerRow[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)

  /** Totals over all partners, in cents: cash (numéraire) and in kind (en nature). */
  const totals = computed(() =>
    rows.value.reduce((t, r) => ({ cash: t.cash + r.cash, inKind: t.inKind + r.inKind }), { cash: 0, inKind: 0 }),
  )

  /** Loads the partners from Go (again when `force`). */
  async function load(force = false): Promise<void> {
    if (loading.value || (loaded.value && !force)) return
    loading.value = true
    error.value = null
    try {
      rows.value = await getPartners()
      loaded.value = true
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  return { rows, loading, loaded, error, totals, load }
})
