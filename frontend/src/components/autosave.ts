/**
 * Saving a form field by field: the form edits a draft; when a field is left, the whole row is sent to Go
 * if it changed. A refused value keeps what the user typed and shows the French message under its field.
 */
import { reactive, ref, toRaw, watch, type Ref } from 'vue'
import { toApiError, type ApiError } from '@/api'
import { refreshAll } from '@/layout/sync'
import { noteError } from '@/layout/faults'

/** State of one autosaved form. */
export interface Autosave<T extends object> {
  /** The values being edited. */
  draft: T
  /** French messages per field name, from the last refused save. */
  errors: Record<string, string>
  /** An error not tied to a field (storage, internal), or null. */
  error: Ref<ApiError | null>
  /** A save is running. */
  saving: Ref<boolean>
  /** Time of the last successful save, or null. */
  savedAt: Ref<Date | null>
  /** Sends the draft when it differs from the last saved values; resolves to false when refused. */
  commit: () => Promise<boolean>
  /** Replaces the draft and the saved values (after a reload). */
  reset: (v: T) => void
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Makes an autosaved form over `initial`. `save` sends the draft and returns the row as stored; `extra`
 * returns additional state that also counts as a change (e.g. the amount text).
 */
export function useAutosave<T extends object>(initial: T, save: (draft: T) => Promise<T>, extra: () => unknown = () => null): Autosave<T> {
  const draft = reactive(structuredClone(initial)) as T
  let saved = structuredClone(initial)
  let savedExtra = extra()
  const errors = reactive<Record<string, string>>({})
  const error = ref<ApiError | null>(null)
  const saving = ref(false)
  const savedAt = ref<Date | null>(null)
  let queue: Promise<boolean> = Promise.resolve(true)

  function clearErrors(): void {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  function commit(): Promise<boolean> {
    queue = queue.then(async () => {
      const current = structuredClone(toRaw(draft)) as T
      const ex = extra()
      if (same(current, saved) && same(ex, savedExtra)) return Object.keys(errors).length === 0
      saving.value = true
      try {
        const out = await save(current)
        saved = structuredClone(out)
        savedExtra = ex
        Object.assign(draft, out)
        clearErrors()
        error.value = null
        savedAt.value = new Date()
        void refreshAll()
        return true
      } catch (e) {
        const err = toApiError(e)
        noteError(err)
        clearErrors()
        const by = err.byField()
        Object.assign(errors, by)
        error.value = Object.keys(by).length === 0 ? err : null
        return false
      } finally {
        saving.value = false
      }
    })
    return queue
  }

  function reset(v: T): void {
    saved = structuredClone(toRaw(v))
    savedExtra = extra()
    Object.assign(draft, structuredClone(toRaw(v)))
    clearErrors()
    error.value = null
  }

  return { draft, errors, error, saving, savedAt, commit, reset }
}

/** Re-syncs an autosaved form when `source` changes while no field is being edited (undo, reload). */
export function followSource<T extends object>(form: Autosave<T>, source: () => T | undefined): void {
  watch(source, (v) => {
    if (!v) return
    const active = document.activeElement
    if (active && active.closest('[data-autosave]')) return
    form.reset(v)
  })
}
