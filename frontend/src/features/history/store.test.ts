import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const calls: string[] = []
vi.mock('@/api', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/api')>()
  const change = (summary: string) => ({ id: 1, at: '', author: '', entity: 'section', entityId: 3, op: 'update', summary, undone: false })
  return {
    ...real,
    undo: vi.fn(async () => {
      calls.push('undo:start')
      await new Promise((r) => setTimeout(r, 30))
      calls.push('undo:end')
      return change('Chapitre « Gouvernance » : statut')
    }),
    redo: vi.fn(async () => {
      calls.push('redo')
      throw new real.ApiError('invalid', 'Rien à rétablir.')
    }),
  }
})
vi.mock('@/layout/sync', () => ({ refreshAll: vi.fn(async () => {}) }))

import { typingIn, useHistoryStore } from './store'

describe('history store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    calls.length = 0
  })

  it('queues a redo pressed while an undo runs, in order', async () => {
    const h = useHistoryStore()
    const u = h.undo()
    const r = h.redo()
    expect(h.busy).toBe(true)
    expect(await u).toEqual({ ok: true, text: 'Annulé : Chapitre « Gouvernance » : statut' })
    expect(await r).toEqual({ ok: false, text: 'Rien à rétablir.' })
    expect(calls).toEqual(['undo:start', 'undo:end', 'redo'])
    await Promise.resolve()
    expect(h.busy).toBe(false)
  })

  it('leaves Ctrl+Z to text fields', () => {
    expect(typingIn(document.createElement('textarea'))).toBe(true)
    expect(typingIn(document.createElement('input'))).toBe(true)
    expect(typingIn(document.createElement('button'))).toBe(false)
    expect(typingIn(null)).toBe(false)
  })
})
