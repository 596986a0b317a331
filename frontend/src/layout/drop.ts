/** What a file dropped on the window means: a dossier to open, or an actor list to import. */

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
