/** The native window (Wails runtime): its title. Outside Wails (a plain browser, unit tests) only the page title changes. */
import { WindowSetTitle } from '../wailsjs/runtime/runtime'

/** Sets the window's title, e.g. "LORnTECH — Dossier French Tech". */
export function setWindowTitle(title: string): void {
  document.title = title
  const w = window as unknown as { runtime?: { WindowSetTitle?: unknown } }
  if (w.runtime && typeof w.runtime.WindowSetTitle === 'function') WindowSetTitle(title)
}
