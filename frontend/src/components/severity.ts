/** How validation severities are shown (naive-ui tag type, French label, sort order). */
import type { Severity } from '@/api'

/** naive-ui tag colour of a severity. */
export type TagType = 'error' | 'warning' | 'info' | 'default'

/** Tag type, label and rank (errors first) of a severity; unknown severities show as information. */
export function severityOf(s: string): { type: TagType; label: string; rank: number } {
  switch (s as Severity) {
    case 'erreur':
      return { type: 'error', label: 'Erreur', rank: 0 }
    case 'avertissement':
      return { type: 'warning', label: 'Avertissement', rank: 1 }
    default:
      return { type: 'info', label: 'Info', rank: 2 }
  }
}
