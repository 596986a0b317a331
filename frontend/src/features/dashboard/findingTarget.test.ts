import { describe, expect, it } from 'vitest'
import { findingTarget } from './findingTarget'

describe('findingTarget', () => {
  it('sends each field to the page that edits it', () => {
    expect(findingTarget('partner:12.siret')).toEqual({ name: 'partners', query: { ouvrir: '12', champ: 'siret' } })
    expect(findingTarget('partner:12')).toEqual({ name: 'partners', query: { ouvrir: '12' } })
    expect(findingTarget('section:3.body')).toEqual({ name: 'sections', query: { id: '3' } })
    expect(findingTarget('candidature.porteurSiret')).toEqual({ name: 'candidature', query: { champ: 'porteurSiret' } })
    expect(findingTarget('charge:7.amount')).toEqual({ name: 'budget' })
    expect(findingTarget('actor:5.naf')).toEqual({ name: 'actors' })
    expect(findingTarget('sections')).toEqual({ name: 'sections' })
    expect(findingTarget('totems')).toEqual({ name: 'candidature' })
  })
  it('gives null where the window has no form yet', () => {
    expect(findingTarget('attachment:2.name')).toBeNull()
    expect(findingTarget('indicator:2.name')).toEqual({ name: 'indicators' })
  })
})
