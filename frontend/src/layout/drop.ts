/** What a file dropped on the window means: a dossier to open, an actor list to import, or a partner's letter or logo when a partner's form claimed drops. */

/** The action for the dropped files, by the first file whose extension is known. */
export type DropAction = { kind: 'dossier'; path: string } | { kind: 'actors'; path: string } | { kind: 'none'; name: string }

/** Chooses the action for `paths`: ".dossier" opens it; ".csv", ".tsv", ".txt", ".xlsx" import actors. */
export function dropAction(paths: readonly string[]): DropAction {
  for (const p of paths) {
    const lower = p.toLowerCase()
    if (lower.endsWith('.dossier')) return { kind: 'dossier', path: p }
    if (/\.(csv|tsv|txt|xlsx)$/.test(lower)) return { kind: 'actors', path: p }
  }
  return { kind: 'none', name: paths[0]?.split(/[\\/]/).pop() ?? '' }
}

/** Kind of partner attachment a file can be by its extension: ".pdf" a letter of support, ".png", ".jpg", ".jpeg" a logo; null otherwise. */
export function attachKindOf(path: string): 'lettre' | 'logo' | null {
  const lower = path.toLowerCase()
  if (lower.endsWith('.pdf')) return 'lettre'
  if (/\.(png|jpe?g)$/.test(lower)) return 'logo'
  return null
}

/** A panel's use of dropped files: returns true when it took them (the window then does nothing else). */
export type DropHandler = (paths: readonly string[]) => boolean

const handlers: DropHandler[] = []

/**
 * Lets an open panel (e.g. a partner's form) take dropped files before the window's own handling; the panel
 * registered last is asked first. Returns the function that stops it.
 */
export function claimDrops(h: DropHandler): () => void {
  handlers.push(h)
  return () => {
    const i = handlers.lastIndexOf(h)
    if (i >= 0) handlers.splice(i, 1)
  }
}

/** Offers `paths` to the panels that claimed drops, last registered first; true when one took them. */
export function offerDrop(paths: readonly string[]): boolean {
  for (const h of [...handlers].reverse()) if (h(paths)) return true
  return false
}
