import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider } from 'naive-ui'
import type { Overview } from '@/api'

// The api module is mocked: the component test checks what the dashboard shows for given data.
const api = vi.hoisted(() => ({
  getOverview: vi.fn<() => Promise<Overview>>(),
  reportLoaded: vi.fn<(name: string, actors: number) => Promise<void>>(),
  loadDossier: vi.fn(),
  getCodes: vi.fn(),
}))
vi.mock('@/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/api')>()
  return { ...real, ...api }
})

import DashboardView from './DashboardView.vue'
import { useDashboardStore } from './store'
import { ApiError } from '@/api'

const NNBSP = '\u202f'
const NBSP = '\u00a0'

function overview(over: Partial<Overview> = {}): Overview {
  return {
    path: '/home/claire/LORnTECH.dossier', name: 'LORnTECH', territory: 'Sillon lorrain',
    porteur: 'Pôle métropolitain européen du Sillon lorrain', yearStart: 2015, yearEnd: 2017, status: 'En co-construction',
    counts: { partners: 22, actors: 5000, actions: 8, charges: 144, contributions: 67, resources: 15, sections: 10, indicators: 9, territories: 4, totems: 4 },
    budget: [
      { year: 2016, charges: 75685095, produits: 75685095, balance: 0, inKindCharges: 17140000, inKindProduits: 17140000, inKindBalance: 0, balanced: true },
      { year: 2015, charges: 41626802, produits: 41000000, balance: -626802, inKindCharges: 8570000, inKindProduits: 8570000, inKindBalance: 0, balanced: false },
      { year: 0, charges: 117311897, produits: 116685095, balance: -626802, inKindCharges: 25710000, inKindProduits: 25710000, inKindBalance: 0, balanced: false },
    ],
    findings: [
      { code: 'letter', field: 'partner:1.letterStatus', severity: 'avertissement', message: 'Partenaire « Metz Métropole » : lettre non jointe.' },
      { code: 'balance', field: 'totems', severity: 'erreur', message: 'Le budget 2015 est déséquilibré de 6 268,02 €.' },
    ],
    actorsByCategory: [{ key: 'startup', label: 'Start-up', n: 3000 }, { key: 'pme', label: 'PME / ETI', n: 2000 }],
    actorsByTown: [{ key: 'Metz', label: 'Metz', n: 5000 }],
    ...over,
  }
}

/** Mounts the dashboard inside naive-ui's provider and a router, as App.vue does. */
function mountDashboard() {
  const Host = defineComponent({ render: () => h(NConfigProvider, null, () => h(DashboardView)) })
  const router = createRouter({
    history: createMemoryHistory(),
    routes: ['dashboard', 'candidature', 'partners', 'sections', 'budget', 'actors'].map((name) => ({ name, path: `/${name}`, component: { render: () => null } })),
  })
  return mount(Host, { global: { plugins: [router] } })
}

const sectionStatuses = [
  { code: 'a-rediger', label: 'À rédiger' }, { code: 'en-cours', label: 'En cours' },
  { code: 'a-relire', label: 'À relire' }, { code: 'valide', label: 'Validé' },
]
const section = (id: number, status: string) => ({ id, position: id, key: '', title: `Chapitre ${id}`, body: 'Texte', maxChars: 0, status, ownerPartnerId: 0 })
const partner = (id: number, letterStatus: string) => ({
  id, name: `P${id}`, kind: 'entreprise', funderType: '', siret: '', town: '', contactName: '', contactEmail: '', contactPhone: '',
  role: 'soutien', logoAttachmentId: 0, letterStatus, letterDate: '', letterAttachmentId: 0, fictitious: false, source: '', notes: '',
})

describe('DashboardView', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    api.getOverview.mockReset()
    api.reportLoaded.mockReset().mockResolvedValue(undefined)
    api.loadDossier.mockReset().mockResolvedValue({
      candidature: {}, partners: [partner(1, 'recue'), partner(2, 'demandee'), partner(3, 'demandee'), partner(4, 'aucune')],
      contributions: [], actions: [], charges: [], resources: [],
      sections: [section(1, 'valide'), section(2, 'en-cours'), section(3, 'a-rediger'), section(4, 'valide')],
    })
    api.getCodes.mockReset().mockResolvedValue({ sectionStatuses })
  })

  it('shows the candidature, counts and budget from the api, formatted in French', async () => {
    api.getOverview.mockResolvedValue(overview())
    await useDashboardStore().load()
    const w = mountDashboard()
    await flushPromises()

    expect(w.get('[data-testid="candidature-name"]').text()).toBe('LORnTECH')
    expect(w.get('[data-testid="budget-years"]').text()).toBe('2015 – 2017')
    expect(w.get('[data-testid="count-actors"] [data-testid="stat-value"]').text()).toBe(`5${NNBSP}000`)

    // Years in order, then the total; French amounts; the unbalanced year tagged.
    const rows = w.findAll('[data-testid="budget-summary"] tbody tr')
    expect(rows.map((r) => r.attributes('data-testid'))).toEqual(['budget-year-2015', 'budget-year-2016'])
    const y2015 = w.get('[data-testid="budget-year-2015"]')
    expect(y2015.get('[data-testid="charges"]').text()).toBe(`416${NNBSP}268,02${NBSP}€`)
    expect(y2015.get('[data-testid="balance"]').text()).toBe(`-6${NNBSP}268,02${NBSP}€`)
    expect(y2015.get('[data-testid="balance-tag"]').text()).toBe('Déséquilibré')
    expect(w.get('[data-testid="budget-year-2016"] [data-testid="balance-tag"]').text()).toBe('Équilibré')
    expect(w.get('[data-testid="budget-total"] [data-testid="charges"]').text()).toBe(`1${NNBSP}173${NNBSP}118,97${NBSP}€`)

    // Findings: errors first, with their field.
    const findings = w.findAll('[data-testid="finding"]')
    expect(findings.map((f) => f.attributes('data-severity'))).toEqual(['erreur', 'avertissement'])
    expect(findings[0]!.text()).toContain('Erreur')
    expect(findings[0]!.text()).toContain('totems')

    // Completeness from the whole dossier: chapters by status, letters received / expected.
    expect(w.get('[data-testid="chapters-validated"]').text()).toBe('2 / 4')
    expect(w.get('[data-testid="chapters-en-cours"]').text()).toBe('En cours : 1')
    expect(w.get('[data-testid="letters-received"]').text()).toBe('1 / 3')
    // A finding links to the form of its field.
    expect(w.findAll('[data-testid="finding-link"]').map((a) => a.attributes('href'))).toEqual(['/candidature', '/partners?ouvrir=1&champ=letterStatus'])

    // The load is reported to Go once, with the name and the actor count.
    expect(api.reportLoaded).toHaveBeenCalledTimes(1)
    expect(api.reportLoaded).toHaveBeenCalledWith('LORnTECH', 5000)
    await useDashboardStore().load()
    await flushPromises()
    expect(api.reportLoaded).toHaveBeenCalledTimes(1)
  })

  it('shows the French message of a Go error and does not report', async () => {
    api.getOverview.mockRejectedValue(new ApiError('not_dossier', "« x.sqlite » n'est pas un dossier French Tech."))
    await useDashboardStore().load()
    const w = mountDashboard()
    await flushPromises()
    expect(w.get('[data-testid="error"]').text()).toContain("« x.sqlite » n'est pas un dossier French Tech.")
    expect(w.find('[data-testid="candidature-name"]').exists()).toBe(false)
    expect(api.reportLoaded).not.toHaveBeenCalled()
  })

  it('says so when validation finds nothing', async () => {
    api.getOverview.mockResolvedValue(overview({ findings: [] }))
    await useDashboardStore().load()
    const w = mountDashboard()
    await flushPromises()
    expect(w.get('[data-testid="findings-none"]').text()).toMatch(/Aucun point à corriger/)
  })
})
