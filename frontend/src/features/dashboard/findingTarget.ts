/**
 * Where a validation finding's field is edited: "partner:12.siret" opens partner 12, "section:3.body" chapter
 * 3, "candidature.porteurSiret" the candidature form, charge and resource lines the budget.
 */
import type { RouteLocationRaw } from 'vue-router'

/** Route of the page where `field` is edited, or null when the window has no form for it yet. */
export function findingTarget(field: string): RouteLocationRaw | null {
  if (field.startsWith('candidature')) return { name: 'candidature' }
  const m = /^([a-z]+):(-?\d+)/.exec(field)
  const entity = m ? m[1] : field.split('.')[0]
  const id = m ? m[2] : undefined
  switch (entity) {
    case 'partner':
      return id ? { name: 'partners', query: { ouvrir: id } } : { name: 'partners' }
    case 'section':
    case 'sections':
      return id ? { name: 'sections', query: { id } } : { name: 'sections' }
    case 'charge':
    case 'resource':
    case 'contribution':
    case 'budget':
      return { name: 'budget' }
    case 'action':
    case 'actions':
      return { name: 'actions' }
    case 'territory':
    case 'territories':
    case 'totem':
    case 'totems':
      return { name: 'candidature' }
    case 'indicator':
    case 'indicators':
      return { name: 'indicators' }
    case 'actor':
    case 'actors':
      return { name: 'actors' }
    default:
      return null
  }
}
