import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api'
import { storageFault } from '@/layout/faults'

vi.mock('@/layout/sync', () => ({ refreshAll: vi.fn(async () => {}) }))
vi.mock('@/api', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/api')>()), deleteRow: vi.fn(async () => {}) }))
import { deleteRow } from '@/api'
import { refreshAll } from '@/layout/sync'
import { useRowEditor } from './useRowEditor'

beforeEach(() => {
  vi.mocked(refreshAll).mockClear()
  vi.mocked(deleteRow).mockReset()
  vi.mocked(deleteRow).mockImplementation(async () => {})
  storageFault.value = null
})

describe('useRowEditor', () => {
  it('closes after a successful save, once the views are refreshed', async () => {
    const close = vi.fn()
    const ed = useRowEditor({ close, testidPrefix: 'action' })
    let savingDuringWrite: boolean | null = null
    await ed.save(async () => {
      savingDuringWrite = ed.saving.value
    })
    expect(savingDuringWrite).toBe(true)
    expect(refreshAll).toHaveBeenCalledTimes(1)
    expect(close).toHaveBeenCalledTimes(1)
    expect(ed.saving.value).toBe(false)
    expect(ed.errors.value).toEqual({})
    expect(ed.error.value).toBeNull()
  })

  it('fills the field errors and keeps the form open when fields are refused', async () => {
    const close = vi.fn()
    const ed = useRowEditor({ close, testidPrefix: 'actor' })
    await ed.save(async () => {
      throw new ApiError('invalid', 'SIRET invalide.', 'siret', [{ field: 'siret', message: 'SIRET invalide.' }])
    })
    expect(close).not.toHaveBeenCalled()
    expect(refreshAll).not.toHaveBeenCalled()
    expect(ed.errors.value).toEqual({ siret: 'SIRET invalide.' })
    expect(ed.error.value).toBeNull()
    expect(ed.saving.value).toBe(false)
    expect(ed.st('siret')).toBe('error')
    expect(ed.st('name')).toBeUndefined()
    expect(ed.ip('siret')).toEqual({ 'data-testid': 'actor-siret' })
  })

  it('sets the general error when no field is named, and notes storage faults', async () => {
    const close = vi.fn()
    const ed = useRowEditor({ close })
    await ed.save(async () => {
      throw { code: 'storage', message: 'Le disque est plein.', field: '' }
    })
    expect(close).not.toHaveBeenCalled()
    expect(ed.errors.value).toEqual({})
    expect(ed.error.value?.message).toBe('Le disque est plein.')
    expect(storageFault.value?.code).toBe('storage')
    expect(ed.saving.value).toBe(false)
    ed.reset()
    expect(ed.error.value).toBeNull()
  })

  it('deletes the row and closes; a refused delete sets the error and stays open', async () => {
    const close = vi.fn()
    const ed = useRowEditor({ close })
    await ed.remove('indicator', 7)
    expect(deleteRow).toHaveBeenCalledWith('indicator', 7)
    expect(refreshAll).toHaveBeenCalledTimes(1)
    expect(close).toHaveBeenCalledTimes(1)

    vi.mocked(deleteRow).mockRejectedValueOnce(new ApiError('not_found', 'Ligne introuvable.'))
    await ed.remove('indicator', 8)
    expect(close).toHaveBeenCalledTimes(1)
    expect(ed.error.value?.message).toBe('Ligne introuvable.')
  })
})
