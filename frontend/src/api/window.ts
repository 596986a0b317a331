/** The native window (Wails runtime): its title and files dropped on it. Outside Wails (a plain browser, unit tests) only the page title changes. */
import { OnFileDrop, OnFileDropOff, WindowSetTitle } from '../wailsjs/runtime/runtime'

/** Sets the window's title, e.g. "LORnTECH — Dossier French Tech". */
export function setWindowTitle(title: string): void {
  document.title = title
  const w = window as unknown as { runtime?: { WindowSetTitle?: unknown } }
  if (w.runtime && typeof w.runtime.WindowSetTitle === 'function') WindowSetTitle(title)
}


/**
 * Calls `fn` with the absolute paths of files dropped on the window (Wails file drop; the webview's own drop
 * is disabled in Go). Returns the function that stops listening. Does nothing outside Wails.
 */
export function onFilesDropped(fn: (paths: string[]) => void): () => void {
  const w = window as unknown as { runtime?: { OnFileDrop?: unknown } }
  if (!w.runtime || typeof w.runtime.OnFileDrop !== 'function') return () => {}
  OnFileDrop((_x, _y, paths) => fn(paths), false)
  return () => OnFileDropOff()
}
