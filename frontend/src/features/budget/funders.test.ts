import { describe, expect, it } from 'vitest'
import type { Contribution, Partner, Resource } from '@/api'
import { funderShares } from './funders'

const partner = (id: number, name: string): Partner => ({
  id, name, kind: 'epci', funderType: 'epci', siret: '', town: '', contactName: '', contactEmail: '', contactPhone: '', role: 'financeur',
  logoAttachmentId: 0, letterStatus: 'aucune', letterDate: '', letterAttachmentId: 0, fictitious: false, source: '', notes: '',
})
let next = 1
const contrib = (partnerId: number, year: number, account: string, amount: number, nature = 'numeraire'): Contribution => ({
  id: next++, partnerId, actionId: 0, year, nature, inKindType: '', account, label: '', amount, status: 'acquis',
})
const resource = (funder: string, year: number, account: string, amount: number): Resource => ({
  id: next++, actionId: 0, account, funder, year, label: '', amount, status: 'acquis',
})

describe('funderShares', () => {
  const shares = funderShares(
    [partner(1, 'Metz Métropole'), partner(2, 'Adista')],
    [
      contrib(1, 2015, '74-epci', 20_000_00),
      contrib(1, 2015, '74-epci', 3_000_01), // 23 000,01 € in 2015: above the threshold
      contrib(1, 2016, '74-epci', 23_000_00), // exactly 23 000 €: not above
      contrib(1, 2016, '871', 12_000_00, 'nature'),
      contrib(2, 2015, '74-prive', 30_000_00), // private: no convention
    ],
    [resource('Participants #GEN', 2015, '70', 18_000_00), resource('Bénévoles', 2015, '870', 5_000_00)],
  )

  it('sums cash per year and in kind, largest first', () => {
    expect(shares.map((s) => [s.name, s.cash, s.inKind])).toEqual([
      ['Metz Métropole', 46_000_01, 12_000_00],
      ['Adista', 30_000_00, 0],
      ['Participants #GEN', 18_000_00, 0],
      ['Bénévoles', 0, 5_000_00],
    ])
    expect(shares[0]!.cashByYear).toEqual({ 2015: 23_000_01, 2016: 23_000_00 })
  })

  it('gives each funder its share of the cash produits', () => {
    const total = 46_000_01 + 30_000_00 + 18_000_00
    expect(shares[1]!.share).toBeCloseTo(30_000_00 / total, 12)
    expect(shares.reduce((s, f) => s + f.share, 0)).toBeCloseTo(1, 12)
  })

  it('flags public grants strictly above 23 000 € in a year', () => {
    expect(shares[0]!.public).toBe(true)
    expect(shares[0]!.conventionYears).toEqual([2015])
    expect(shares[1]!.public).toBe(false)
    expect(shares[1]!.conventionYears).toEqual([])
  })
})
