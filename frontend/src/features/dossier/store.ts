/**
 * The whole dossier as stored (codes, not labels) and the closed lists, shared by the edit forms. Reloaded
 * after every change (see src/layout/sync.ts).
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { getCodes, loadDossier, toApiError, type ApiError, type Code, type CodeLists, type Dossier } from '@/api'

/** Label of `code` in `list`, or the code itself when unknown ("" stays ""). */
export function labelOf(list: readonly Code[], code: string): string {
  return list.find((c) => c.code === code)?.label ?? code
}

/** naive-ui select options of a closed list. */
export function optionsOf(list: readonly Code[]): { label: string; value: string }[] {
  return list.map((c) => ({ label: c.label, value: c.code }))
}

/** Pinia store of the editable dossier. */
export const useDossierStore = defineStore('dossier', () => {
  const data = shallowRef<Dossier | null>(null)
  const codes = shallowRef<CodeLists | null>(null)
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)

  /** Budget years of the candidature, ascending (empty when not set). */
  const years = computed(() => {
    const c = data.value?.candidature
    if (!c || !c.yearStart) return []
    const end = c.yearEnd && c.yearEnd >= c.yearStart ? c.yearEnd : c.yearStart
    return Array.from({ length: Math.min(end - c.yearStart + 1, 20) }, (_, i) => c.yearStart + i)
  })
  /** Options for an action select: "A1 Titre"; value 0 is "no action". */
  const actionOptions = computed(() => [
    { label: '— aucune action —', value: 0 },
    ...(data.value?.actions ?? []).map((a) => ({ label: `${a.code} ${a.title}`.trim(), value: a.id })),
  ])
  /** Options for a partner select, by name; value 0 is "none". */
  const partnerOptions = computed(() => [
    { label: '— aucun —', value: 0 },
    ...[...(data.value?.partners ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr')).map((p) => ({ label: p.name, value: p.id })),
  ])

  /** Cerfa 12156 account options of one side ("charge" or "produit"), optionally only in-kind or only not. */
  function accountOptions(side: 'charge' | 'produit', inKind?: boolean) {
    return (codes.value?.accounts ?? [])
      .filter((a) => a.side === side && (inKind === undefined || a.inKind === inKind))
      .map((a) => ({ label: `${a.code} – ${a.label}`, value: a.code }))
  }

  /** Loads the dossier (and the closed lists once); `force` reloads even when loaded. */
  async function load(force = false): Promise<void> {
    if (loading.value || (loaded.value && !force)) return
    loading.value = true
    error.value = null
    try {
      const [d, c] = await Promise.all([loadDossier(), codes.value ? Promise.resolve(codes.value) : getCodes()])
      data.value = d
      codes.value = c
      loaded.value = true
    } catch (e) {
      error.value = toApiError(e)
    } finally {
      loading.value = false
    }
  }

  return { data, codes, loading, loaded, error, years, actionOptions, partnerOptions, accountOptions, load }
})
