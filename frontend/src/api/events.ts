/**
 * Events from Go (app.EventDossierChanged…), through the Wails runtime. Outside Wails (unit tests) the
 * subscription does nothing.
 */
import { EventsOn } from '../wailsjs/runtime/runtime'

/** Name of the event Go emits after any saved edit, undo or redo, or when another dossier is opened. */
export const DOSSIER_CHANGED = 'dossier:changed'

/** Calls `fn` each time the dossier changed on the Go side; returns the function that unsubscribes. */
export function onDossierChanged(fn: () => void): () => void {
  const w = window as unknown as { runtime?: unknown }
  if (!w.runtime) return () => {}
  return EventsOn(DOSSIER_CHANGED, () => fn())
}
