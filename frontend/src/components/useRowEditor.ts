/**
 * The script logic shared by the row-edit modals (actions, actors, budget lines, contributions, indicators,
 * territories and lieux totem): a saving flag, the field errors shown under each form item, the general
 * error shown in an alert, and the save / delete round trips that refresh every view and close the form.
 *
 * Shapes:
 * - `errors`: field name → French message (from ApiError.byField()); a non-empty map keeps the form open
 *   and clears `error`.
 * - `error`: the ApiError shown in the form's alert when no field was named, else null.
 * - `saving`: true while `save` runs (bound to the submit button's loading state).
 * - `st(field)`: 'error' when `field` has a message, else undefined (NFormItem validation-status).
 * - `ip(field)`: input props `{ 'data-testid': `${testidPrefix}-${field}` }`.
 */
import { ref } from 'vue'
import { deleteRow, toApiError, type ApiError, type Entity } from '@/api'
import { refreshAll } from '@/layout/sync'
import { noteError } from '@/layout/faults'

/** Options of useRowEditor: what closes the form, and the prefix of the inputs' data-testid. */
export interface RowEditorOptions {
  /** Called after a successful save or delete (and the refresh that follows it). */
  close: () => void
  /** Prefix of the data-testid given by `ip(field)`, e.g. "action" gives "action-code". */
  testidPrefix?: string
}

/** Builds the state and handlers of one row-edit form; see the file comment for the shapes. */
export function useRowEditor(options: RowEditorOptions) {
  const errors = ref<Record<string, string>>({})
  const error = ref<ApiError | null>(null)
  const saving = ref(false)

  /**
   * Runs `write` (the save call of the row), then refreshes every view and closes the form. A refusal that
   * names fields fills `errors` and keeps the form open; any other goes to `error`. Storage faults are also
   * noted for the banner.
   */
  async function save(write: () => Promise<unknown>): Promise<void> {
    saving.value = true
    try {
      await write()
      await refreshAll()
      options.close()
    } catch (e) {
      const err = toApiError(e)
      noteError(err)
      errors.value = err.byField()
      error.value = Object.keys(errors.value).length ? null : err
    } finally {
      saving.value = false
    }
  }

  /** Deletes row `id` of `entity`, refreshes every view and closes the form; a refusal goes to `error`. */
  async function remove(entity: Entity, id: number): Promise<void> {
    try {
      await deleteRow(entity, id)
      await refreshAll()
      options.close()
    } catch (e) {
      error.value = toApiError(e)
    }
  }

  /** Clears the field errors and the general error (when the form is opened on another row). */
  function reset(): void {
    errors.value = {}
    error.value = null
  }

  const st = (f: string) => (errors.value[f] ? 'error' : undefined)
  const ip = (f: string) => ({ 'data-testid': `${options.testidPrefix ?? ''}-${f}` }) as Record<string, string>

  return { errors, error, saving, save, remove, reset, st, ip }
}
