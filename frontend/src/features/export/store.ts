/** State of the export page: choose a folder, write the documents, show what was written. */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { chooseFolder, exportTo, openFolder, toApiError, type ApiError, type ExportResult } from '@/api'

/** Where the export stands. */
export type ExportPhase = 'idle' | 'choosing' | 'writing' | 'done' | 'error'

/** Pinia store of the export action. */
export const useExportStore = defineStore('export', () => {
  const phase = ref<ExportPhase>('idle')
  const result = shallowRef<ExportResult | null>(null)
  const error = ref<ApiError | null>(null)
  const dir = ref('')

  /** Asks for a folder (native dialog), then writes the three documents there. A closed dialog changes nothing. */
  async function run(): Promise<void> {
    if (phase.value === 'choosing' || phase.value === 'writing') return
    const before = phase.value
    error.value = null
    phase.value = 'choosing'
    let chosen: string
    try {
      chosen = await chooseFolder()
    } catch (e) {
      const err = toApiError(e)
      if (err.cancelled) {
        phase.value = before === 'error' ? 'idle' : before
        return
      }
      error.value = err
      phase.value = 'error'
      return
    }
    await writeTo(chosen)
  }

  /** Writes the three documents into `target`. */
  async function writeTo(target: string): Promise<void> {
    dir.value = target
    phase.value = 'writing'
    error.value = null
    try {
      result.value = await exportTo(target)
      phase.value = 'done'
    } catch (e) {
      error.value = toApiError(e)
      result.value = null
      phase.value = 'error'
    }
  }

  /** Shows the export folder in the file manager. */
  async function open(): Promise<void> {
    const target = result.value?.dir || dir.value
    if (!target) return
    try {
      await openFolder(target)
    } catch (e) {
      error.value = toApiError(e)
    }
  }

  return { phase, result, error, dir, run, writeTo, open }
})
