/**
 * Saving a form field by field: the form edits a draft; when a field is left, the whole row is sent to Go
 * if it changed. A refused value keeps what the user typed and shows the French message under its field.
 */
import { reactive, ref, watch, type Ref } from 'vue'
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
  /** True while the draft holds changes not yet saved, or a save is running. */
  dirty: () => boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
/** Deep copy of JSON-shaped form data; works on reactive proxies too (structuredClone does not). */
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/**
 * Makes an autosaved form over `initial`. `save` sends the draft and returns the row as stored; `extra`
 * returns additional state that also counts as a change (e.g. the amount text).
 */
export function useAutosave<T extends object>(initial: T, save: (draft: T) => Promise<T>, extra: () => unknown = () => null): Autosave<T> {
  const draft = reactive(clone(initial)) as T
  let saved = clone(initial)
  let savedExtra = extra()
  const errors = reactive<Record<string, string>>({})
  const error = ref<ApiError | null>(null)
  const saving = ref(false)
  const savedAt = ref<Date | null>(null)
  let queue: Promise<boolean> = Promise.resolve(true)

  function clearErrors(): void {
    for (const k of Object.keys(errors)) delete errors[k]
  }

  let pending = 0

  function commit(): Promise<boolean> {
    // The values are taken now, when the field is left: a reload arriving before the save runs cannot undo them.
    const current = clone(draft)
    const ex = extra()
    pending++
    queue = queue.then(async () => {
      if (same(current, saved) && same(ex, savedExtra)) return Object.keys(errors).length === 0
      saving.value = true
      try {
        const out = await save(current)
        saved = clone(out)
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
    return queue.finally(() => pending--)
  }

  function reset(v: T): void {
    saved = clone(v)
    savedExtra = extra()
    Object.assign(draft, clone(v))
    clearErrors()
    error.value = null
  }

  function dirty(): boolean {
    return pending > 0 || !same(draft, saved) || !same(extra(), savedExtra)
  }

  return { draft, errors, error, saving, savedAt, commit, reset, dirty }
}

/**
 * Re-syncs an autosaved form when `source` changes (undo, redo, reload) — unless the form holds changes not
 * yet saved or being saved, which must never be overwritten by an older copy.
 */
export function followSource<T extends object>(form: Autosave<T>, source: () => T | undefined): void {
  watch(source, (v) => {
    if (!v || form.dirty()) return
    form.reset(v)
  })
}
