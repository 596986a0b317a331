import { beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h } from 'vue'
import { NConfigProvider, NMessageProvider } from 'naive-ui'
import { ApiError, type Attachment, type Dossier, type Partner } from '@/api'

// The api module is mocked: the test checks what the panel shows and which calls it makes.
const api = vi.hoisted(() => ({
  attachFile: vi.fn(),
  attachPath: vi.fn(),
  detach: vi.fn(),
}))
vi.mock('@/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/api')>()
  return { ...real, ...api }
})
vi.mock('@/layout/sync', () => ({ refreshAll: vi.fn(() => Promise.resolve()) }))

import PartnerAttachments from './PartnerAttachments.vue'
import { useDossierStore } from '@/features/dossier/store'
import { offerDrop } from '@/layout/drop'

const partner = (over: Partial<Partner> = {}): Partner => ({
  id: 7, name: 'Metz Métropole', kind: 'collectivite', funderType: '', siret: '', town: 'Metz', contactName: '', contactEmail: '',
  contactPhone: '', role: 'soutien', logoAttachmentId: 0, letterStatus: 'demandee', letterDate: '', letterAttachmentId: 0,
  fictitious: false, source: '', notes: '', ...over,
})
const letter: Attachment = { id: 3, name: 'lettre-metz.pdf', kind: 'lettre', mime: 'application/pdf', partnerId: 7, created: '2026-11-29T17:00:00Z' }

function setDossier(p: Partner, attachments: Attachment[]): void {
  const store = useDossierStore()
  store.data = { partners: [p], attachments } as unknown as Dossier
  store.codes = {
    letterStatuses: [{ code: 'aucune', label: 'Non demandée' }, { code: 'demandee', label: 'Demandée' }, { code: 'recue', label: 'Reçue' }],
  } as unknown as typeof store.codes
  store.loaded = true
}

function mountPanel() {
  const Host = defineComponent({ render: () => h(NConfigProvider, null, () => h(NMessageProvider, null, () => h(PartnerAttachments, { partnerId: 7 }))) })
  return mount(Host, { attachTo: document.body })
}

describe('PartnerAttachments', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('shows the letter status and "aucun fichier joint" with "Joindre la lettre…" when nothing is attached', () => {
    setDossier(partner(), [])
    const w = mountPanel()
    expect(w.get('[data-testid="letter-status"]').text()).toBe('Demandée')
    expect(w.get('[data-testid="letter-file-none"]').text()).toBe('aucun fichier joint')
    expect(w.get('[data-testid="letter-attach"]').text()).toBe('Joindre la lettre…')
    expect(w.find('[data-testid="letter-detach"]').exists()).toBe(false)
    // A dashboard finding on partner:7.letterAttachmentId focuses the first focusable element there.
    expect(w.get('[data-testid="partner-letterAttachmentId"]').find('[tabindex]').text()).toBe('Joindre la lettre…')
    w.unmount()
  })

  it('shows the attached letter with its name and date, "Remplacer…" and "Retirer", and detaches it', async () => {
    setDossier(partner({ letterStatus: 'recue', letterDate: '2026-11-20', letterAttachmentId: 3 }), [letter])
    api.detach.mockResolvedValue(undefined)
    const w = mountPanel()
    expect(w.get('[data-testid="letter-status"]').text()).toBe('Reçue')
    expect(w.get('[data-testid="letter-file"]').text()).toBe('lettre-metz.pdf')
    expect(w.get('[data-testid="letter-dates"]').text()).toBe('Lettre du 20/11/2026 · jointe le 29/11/2026')
    expect(w.get('[data-testid="letter-attach"]').text()).toBe('Remplacer…')
    await w.get('[data-testid="letter-detach"]').trigger('click')
    await flushPromises()
    expect(api.detach).toHaveBeenCalledWith(7, 'lettre')
    w.unmount()
  })

  it('attaches a typed path by its extension and shows the French message of a refused file', async () => {
    setDossier(partner(), [])
    const msg = '« faux.pdf » : une lettre de soutien doit être un PDF'
    api.attachPath.mockRejectedValue(new ApiError('invalid', msg, 'lettre', [{ field: 'lettre', message: msg }]))
    const w = mountPanel()
    await w.get('[data-testid="attach-path-input"]').setValue('/tmp/faux.pdf')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.attachPath).toHaveBeenCalledWith(7, 'lettre', '/tmp/faux.pdf')
    expect(w.get('[data-testid="attach-error"]').text()).toBe(msg)

    await w.get('[data-testid="attach-path-input"]').setValue('/tmp/notes.txt')
    await w.get('form').trigger('submit')
    await flushPromises()
    expect(api.attachPath).toHaveBeenCalledTimes(1)
    expect(w.get('[data-testid="attach-error"]').text()).toContain('« notes.txt » : joignez un PDF')
    w.unmount()
  })

  it('takes a dropped image as the logo while open, and no longer once closed', async () => {
    setDossier(partner(), [])
    api.attachPath.mockResolvedValue({ ...letter, id: 4, kind: 'logo', name: 'logo.png', mime: 'image/png' })
    const w = mountPanel()
    expect(offerDrop(['/tmp/acteurs.csv'])).toBe(false)
    expect(offerDrop(['/tmp/acteurs.csv', '/tmp/logo.png'])).toBe(true)
    await flushPromises()
    expect(api.attachPath).toHaveBeenCalledWith(7, 'logo', '/tmp/logo.png')
    w.unmount()
    expect(offerDrop(['/tmp/logo.png'])).toBe(false)
  })
})
