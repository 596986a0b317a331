/** State of the dashboard: the overview of the open dossier, shared with the header. */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getOverview, reportLoaded, toApiError, type ApiError, type Overview } from '@/api'

/** Pinia store of the dossier overview (name, counts, budget per year, findings, actor statistics). */
export const useDashboardStore = defineStore('dashboard', () => {
  const overview = shallowRef<Overview | null>(null)
  const loading = ref(false)
  const error = ref<ApiError | null>(null)
  const reported = ref(false)

  /** Budget columns per year (year ≠ 0), ascending. */
  const years = computed(() => (overview.value?.budget ?? []).filter((y) => y.year !== 0).sort((a, b) => a.year - b.year))
  /** The total column (year 0), if Go sent one. */
  const total = computed(() => overview.value?.budget.find((y) => y.year === 0) ?? null)
  /** Number of findings per severity. */
  const findingCounts = computed(() => {
    const c = { erreur: 0, avertissement: 0, info: 0 }
    for (const f of overview.value?.findings ?? []) {
      if (f.severity === 'erreur') c.erreur++
      else if (f.severity === 'avertissement') c.avertissement++
      else c.info++
    }
    return c
  })

  /** Loads the overview from Go. */
  async function load(): Promise<void> {
    if (loading.value) return
    loading.value = true
    error.value = null
    try {
      overview.value = await getOverview()
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  /**
   * Tells Go, once per session, that the dashboard shows the dossier (name and actor count). Failures are
   * only logged: they must not disturb the user.
   */
  async function reportShown(): Promise<void> {
    const o = overview.value
    if (reported.value || !o) return
    reported.value = true
    try {
      await reportLoaded(o.name, o.counts.actors)
    } catch (e) {
      console.warn('ReportLoaded a échoué', e)
    }
  }

  return { overview, loading, error, years, total, findingCounts, load, reportShown }
})
