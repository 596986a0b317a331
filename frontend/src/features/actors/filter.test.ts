import { describe, expect, it } from 'vitest'
import type { ActorRow } from '@/api'
import { filterActors, fold, indexActors } from './filter'

function actor(id: number, name: string, town: string, category: string, extra: Partial<ActorRow> = {}): ActorRow {
  return {
    id, name, town, category, siret: '', naf: '', postcode: '', headcountBand: '', creationYear: 0,
    fundsRaised: 0, website: '', tags: [], ...extra,
  }
}

const rows = [
  actor(1, 'TCRM-Blida', 'Metz', 'Lieu totem'),
  actor(2, 'Grand Est Numérique', 'Nancy', 'Association', { tags: ['réseau'] }),
  actor(3, 'Start-up Épinaloise', 'Épinal', 'Start-up', { siret: '784 671 695 00087' }),
  actor(4, 'Labo Œnologie', 'Thionville', 'Laboratoire'),
]
const index = indexActors(rows)

describe('fold', () => {
  it('removes case, accents and ligatures', () => {
    expect(fold('Épinal')).toBe('epinal')
    expect(fold('  Œuvre\u00a0 Numérique ')).toBe('oeuvre numerique')
  })
})

describe('filterActors', () => {
  it('keeps everything for an empty query', () => {
    expect(filterActors(index, '').map((r) => r.id)).toEqual([1, 2, 3, 4])
  })
  it('matches name, town and category without accents', () => {
    expect(filterActors(index, 'epinal').map((r) => r.id)).toEqual([3])
    expect(filterActors(index, 'METZ').map((r) => r.id)).toEqual([1])
    expect(filterActors(index, 'association').map((r) => r.id)).toEqual([2])
    expect(filterActors(index, 'oenologie').map((r) => r.id)).toEqual([4])
  })
  it('needs every word, in any order', () => {
    expect(filterActors(index, 'nancy grand').map((r) => r.id)).toEqual([2])
    expect(filterActors(index, 'nancy metz')).toEqual([])
  })
  it('matches a SIRET typed without spaces and tags', () => {
    expect(filterActors(index, '78467169500087').map((r) => r.id)).toEqual([3])
    expect(filterActors(index, 'reseau').map((r) => r.id)).toEqual([2])
  })
  it('restricts to a category', () => {
    expect(filterActors(index, '', 'Laboratoire').map((r) => r.id)).toEqual([4])
    expect(filterActors(index, 'metz', 'Laboratoire')).toEqual([])
  })
  it('filters 5 000 actors quickly', () => {
    const many = Array.from({ length: 5000 }, (_, i) => actor(i, `Entreprise ${i}`, ['Metz', 'Nancy', 'Épinal', 'Thionville'][i % 4]!, 'PME'))
    const big = indexActors(many)
    const t0 = performance.now()
    const got = filterActors(big, 'epinal 49')
    const ms = performance.now() - t0
    expect(got.map((r) => r.id)).toContain(4902)
    expect(ms).toBeLessThan(100)
  })
})
