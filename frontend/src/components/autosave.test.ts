import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { ApiError } from '@/api'

vi.mock('@/layout/sync', () => ({ refreshAll: vi.fn(async () => {}) }))
import { followSource, useAutosave } from './autosave'

interface Row {
  id: number
  title: string
  status: string
}

/** A save that resolves when `release` is called, echoing what it got. */
function slowSave() {
  const calls: Row[] = []
  let release: () => void = () => {}
  const save = vi.fn((r: Row) => {
    calls.push(r)
    return new Promise<Row>((resolve) => {
      release = () => resolve({ ...r })
    })
  })
  return { save, calls, release: () => release() }
}

describe('useAutosave', () => {
  it('sends nothing when the field left did not change', async () => {
    const save = vi.fn(async (r: Row) => r)
    const form = useAutosave<Row>({ id: 1, title: 'Gouvernance', status: 'a-rediger' }, save)
    expect(await form.commit()).toBe(true)
    expect(save).not.toHaveBeenCalled()
  })

  it('keeps a change made before a reload from an older copy', async () => {
    const { save, calls, release } = slowSave()
    const source = ref<Row>({ id: 1, title: 'Gouvernance', status: 'a-rediger' })
    const form = useAutosave<Row>(source.value, save)
    followSource(form, () => source.value)

    form.draft.status = 'a-relire'
    const done = form.commit()
    // A reload arrives with the old row while the save is on its way: it must not undo the choice.
    source.value = { id: 1, title: 'Gouvernance', status: 'a-rediger' }
    await nextTick()
    expect(form.draft.status).toBe('a-relire')
    release()
    expect(await done).toBe(true)
    expect(calls).toEqual([{ id: 1, title: 'Gouvernance', status: 'a-relire' }])

    // Once saved, a newer copy (an undo) is followed.
    source.value = { id: 1, title: 'Gouvernance', status: 'a-rediger' }
    await nextTick()
    expect(form.draft.status).toBe('a-rediger')
  })

  it('keeps refused text and shows the message under its field', async () => {
    const save = vi.fn(async (_r: Row): Promise<Row> => {
      throw new ApiError('invalid', 'Le titre est obligatoire.', 'title', [{ field: 'title', message: 'Le titre est obligatoire.' }])
    })
    const source = ref<Row>({ id: 1, title: 'Gouvernance', status: 'a-rediger' })
    const form = useAutosave<Row>(source.value, save)
    followSource(form, () => source.value)
    form.draft.title = ''
    expect(await form.commit()).toBe(false)
    expect(form.errors).toEqual({ title: 'Le titre est obligatoire.' })
    expect(form.draft.title).toBe('')
    // A reload does not bring the old title back over what the user is fixing.
    source.value = { ...source.value }
    await nextTick()
    expect(form.draft.title).toBe('')
  })
})
