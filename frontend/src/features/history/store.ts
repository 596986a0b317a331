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

  // Requests are queued, not dropped: Ctrl+Z then Ctrl+Maj+Z pressed quickly must both happen, in order.
  let chain: Promise<unknown> = Promise.resolve()
  let waiting = 0

  function run(kind: 'undo' | 'redo'): Promise<HistoryOutcome> {
    waiting++
    busy.value = true
    const next = chain.then(() => step(kind))
    chain = next.finally(() => {
      waiting--
      if (waiting === 0) busy.value = false
    })
    return next
  }

  async function step(kind: 'undo' | 'redo'): Promise<HistoryOutcome> {
    try {
      const c = kind === 'undo' ? await apiUndo() : await apiRedo()
      last.value = c
      await refreshAll()
      const what = c.summary || 'la dernière modification'
      return { ok: true, text: kind === 'undo' ? `Annulé : ${what}` : `Rétabli : ${what}` }
    } catch (e) {
      return { ok: false, text: toApiError(e).message }
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
