/** Undo and redo over the dossier's history (Go Edit.Undo / Edit.Redo, kept across restarts). */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { redo as apiRedo, undo as apiUndo, toApiError, type Change } from '@/api'
import { refreshAll } from '@/layout/sync'

/** Outcome of an undo or redo, for a French notice. */
export interface HistoryOutcome {
  ok: boolean
  /** French text to show: what was undone or redone, or why not. */
  text: string
}

/** Pinia store of the undo / redo actions. */
export const useHistoryStore = defineStore('history', () => {
  const busy = ref(false)
  const last = ref<Change | null>(null)

  async function run(kind: 'undo' | 'redo'): Promise<HistoryOutcome> {
    if (busy.value) return { ok: false, text: '' }
    busy.value = true
    try {
      const c = kind === 'undo' ? await apiUndo() : await apiRedo()
      last.value = c
      await refreshAll()
      const what = c.summary || 'la dernière modification'
      return { ok: true, text: kind === 'undo' ? `Annulé : ${what}` : `Rétabli : ${what}` }
    } catch (e) {
      return { ok: false, text: toApiError(e).message }
    } finally {
      busy.value = false
    }
  }

  /** Reverts the last change (Ctrl+Z). */
  const undo = () => run('undo')
  /** Replays the last undone change (Ctrl+Maj+Z). */
  const redo = () => run('redo')

  return { busy, last, undo, redo }
})

/** True when keyboard focus is in a text field, where Ctrl+Z must undo the typing, not the dossier. */
export function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el) return false
  if (el.isContentEditable) return true
  const tag = el.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}
