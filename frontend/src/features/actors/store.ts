/** State of the actors page: the rows from Go, their search index, the query and the filtered rows. */
import { defineStore } from 'pinia'
import { computed, markRaw, ref, shallowRef } from 'vue'
import { getActors, toApiError, type ActorRow, type ApiError } from '@/api'
import { filterActors, indexActors, type IndexedActor } from './filter'

/** Pinia store of the actors directory (read-only for now). */
export const useActorsStore = defineStore('actors', () => {
  const rows = shallowRef<ActorRow[]>([])
  const index = shallowRef<IndexedActor[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)
  /** Text typed in the search box. */
  const query = ref('')
  /** A file dropped on the window to import (opens the import dialog), or "". */
  const importPath = ref('')
  /** Category label to restrict to, or null for all. */
  const category = ref<string | null>(null)

  /** Rows matching the query and category (markRaw: the table must not make 5 000 rows reactive). */
  const filtered = computed(() => markRaw(filterActors(index.value, query.value, category.value)))
  /** Category labels present, sorted, for the category filter. */
  const categories = computed(() => [...new Set(rows.value.map((r) => r.category))].sort((a, b) => a.localeCompare(b, 'fr')))

  /** Loads the actors from Go (again when `force`). */
  async function load(force = false): Promise<void> {
    if (loading.value || (loaded.value && !force)) return
    loading.value = true
    error.value = null
    try {
      const r = await getActors()
      rows.value = r
      index.value = indexActors(r)
      loaded.value = true
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  return { rows, loading, loaded, error, query, category, importPath, filtered, categories, load }
})
