/**
 * Where a validation finding's field is edited: "partner:12.siret" opens partner 12, "section:3.body" chapter
 * 3, "candidature.porteurSiret" the candidature form, charge and resource lines the budget.
 */
import type { RouteLocationRaw } from 'vue-router'

/**
 * Route of the page where `field` is edited, or null when the window has no form for it yet. The field's own
 * name goes in the query as `champ`, so the form can put the cursor on it.
 */
export function findingTarget(field: string): RouteLocationRaw | null {
  const leaf = field.includes('.') ? field.slice(field.lastIndexOf('.') + 1) : ''
  if (field.startsWith('candidature')) return leaf ? { name: 'candidature', query: { champ: leaf } } : { name: 'candidature' }
  const m = /^([a-z]+):(-?\d+)/.exec(field)
  const entity = m ? m[1] : field.split('.')[0]
  const id = m ? m[2] : undefined
  switch (entity) {
    case 'partner':
      return id ? { name: 'partners', query: leaf ? { ouvrir: id, champ: leaf } : { ouvrir: id } } : { name: 'partners' }
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
