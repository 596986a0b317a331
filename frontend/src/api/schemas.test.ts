import { describe, expect, it } from 'vitest'
import { ActorRowSchema, BudgetRowSchema, ExportResultSchema, OverviewSchema, PartnerRowSchema } from './schemas'

const overview = {
  path: '/tmp/s.dossier', name: 'LORnTECH', territory: 'Sillon lorrain', porteur: 'Pôle métropolitain européen du Sillon lorrain',
  yearStart: 2015, yearEnd: 2017, status: 'En co-construction',
  counts: { partners: 22, actors: 88, actions: 8, charges: 144, contributions: 67, resources: 15, sections: 10, indicators: 9, territories: 4, totems: 4 },
  budget: [{ year: 2015, charges: 41626802, produits: 41626802, balance: 0, inKindCharges: 8570000, inKindProduits: 8570000, inKindBalance: 0, balanced: true }],
  findings: [{ code: 'letter', field: 'partner:1.letterStatus', severity: 'avertissement', message: 'Partenaire « X » : aucune lettre.' }],
  actorsByCategory: [{ key: 'startup', label: 'Start-up', n: 17 }],
  actorsByTown: [{ key: 'Metz', label: 'Metz', n: 30 }],
}

describe('OverviewSchema', () => {
  it('accepts what Go sends', () => {
    expect(OverviewSchema.parse(overview)).toEqual(overview)
  })
  it('reads Go nil slices as empty lists', () => {
    const o = OverviewSchema.parse({ ...overview, budget: null, findings: null, actorsByCategory: null, actorsByTown: undefined })
    expect(o.budget).toEqual([])
    expect(o.findings).toEqual([])
    expect(o.actorsByTown).toEqual([])
  })
  it('refuses amounts that are not integer cents', () => {
    const bad = { ...overview, budget: [{ ...overview.budget[0], charges: 416268.02 }] }
    const r = OverviewSchema.safeParse(bad)
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.path).toEqual(['budget', 0, 'charges'])
  })
  it('refuses a missing count', () => {
    const { partners: _drop, ...counts } = overview.counts
    expect(OverviewSchema.safeParse({ ...overview, counts }).success).toBe(false)
  })
})

describe('row schemas', () => {
  it('parse partner, actor, budget and export rows', () => {
    expect(PartnerRowSchema.parse({ id: 1, name: 'Metz Métropole', kind: 'EPCI', role: 'Membre fondateur', town: 'Metz', siret: '', contact: '', letterStatus: 'Reçue', letterDate: '2014-10-20', cash: 32500000, inKind: 12000000, fictitious: false }).cash).toBe(32500000)
    expect(ActorRowSchema.parse({ id: 1, name: 'SESAMm', category: 'Start-up', siret: '', naf: '', town: 'Metz', postcode: '57000', headcountBand: '', creationYear: 0, fundsRaised: 0, website: '', tags: null }).tags).toEqual([])
    expect(BudgetRowSchema.safeParse({ id: 'charge:1', side: 'dépense', year: 2015, account: '641', action: '', funder: '', nature: '', status: '', label: '', amount: 1, inKind: false, position: 0 }).success).toBe(false)
    expect(ExportResultSchema.parse({ dir: '/tmp/out', files: null, warnings: null })).toEqual({ dir: '/tmp/out', files: [], warnings: [] })
  })
})
