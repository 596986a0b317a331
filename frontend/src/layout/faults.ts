/**
 * Faults of the dossier file itself (read-only, disk full, file deleted, busy): shown once in a banner that
 * offers "Enregistrer sous…", while the forms keep what was typed.
 */
import { ref } from 'vue'
import type { ApiError } from '@/api'

/** The last storage fault, or null. */
export const storageFault = ref<ApiError | null>(null)

/** Records `err` when it is a storage fault (code "storage"); other errors are left to the form that got them. */
export function noteError(err: ApiError): void {
  if (err.code === 'storage') storageFault.value = err
}

/** Clears the banner (after "enregistrer sous" or when the user closes it). */
export function clearFault(): void {
  storageFault.value = null
}
