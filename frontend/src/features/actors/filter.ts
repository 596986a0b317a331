/**
 * Filtering the actors table. Rows are indexed once (lower case, accents removed), so filtering 5 000+
 * actors on each key press stays well under a frame's budget.
 */
import type { ActorRow } from '@/api'

/**
 * Folds text for searching: lower case, accents and ligatures removed ("Épinal" → "epinal", "Œuvre" →
 * "oeuvre"), runs of spaces (including no-break spaces) made one space.
 */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
}

/** An actor with its folded search text (name, town, postcode, category, NAF, SIRET, tags). */
export interface IndexedActor {
  row: ActorRow
  text: string
}

/** Builds the search index of `rows`, keeping their order. */
export function indexActors(rows: readonly ActorRow[]): IndexedActor[] {
  return rows.map((row) => ({
    row,
    text: fold([row.name, row.town, row.postcode, row.category, row.naf, row.siret.replace(/\s/g, ''), ...row.tags].join(' | ')),
  }))
}

/**
 * Returns the actors whose search text contains every word of `query` (any order, accents and case
 * ignored), and whose category label equals `category` when one is given. An empty query keeps all rows.
 */
export function filterActors(index: readonly IndexedActor[], query: string, category: string | null = null): ActorRow[] {
  const words = fold(query).split(' ').filter((w) => w !== '')
  const out: ActorRow[] = []
  for (const it of index) {
    if (category && it.row.category !== category) continue
    let ok = true
    for (const w of words) {
      if (!it.text.includes(w)) {
        ok = false
        break
      }
    }
    if (ok) out.push(it.row)
  }
  return out
}
