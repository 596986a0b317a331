/**
 * Events from Go (app.EventDossierChanged…), through the Wails runtime. Outside Wails (unit tests) the
 * subscription does nothing.
 */
import { EventsOn } from '../wailsjs/runtime/runtime'

/** Name of the event Go emits after any saved edit, undo or redo (app.EventDossierChanged). */
export const DOSSIER_CHANGED = 'dossier:changed'

/**
 * Name of the event Go emits with the new path when another dossier file is opened in the window: from a
 * second launch of the program, or a bound Session call (app.EventDossierOpened).
 */
export const DOSSIER_OPENED = 'dossier:opened'

/**
 * Calls `fn` each time the dossier changed on the Go side, or another dossier was opened; returns the function
 * that unsubscribes from both.
 */
export function onDossierChanged(fn: () => void): () => void {
  const w = window as unknown as { runtime?: unknown }
  if (!w.runtime) return () => {}
  const offChanged = EventsOn(DOSSIER_CHANGED, () => fn())
  const offOpened = EventsOn(DOSSIER_OPENED, () => fn())
  return () => {
    offChanged()
    offOpened()
  }
}
