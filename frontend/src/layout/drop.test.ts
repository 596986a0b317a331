import { describe, expect, it } from 'vitest'
import { dropAction } from './drop'

describe('dropAction', () => {
  it('opens a dossier and imports actor lists', () => {
    expect(dropAction(['/home/c/LORnTECH.DOSSIER'])).toEqual({ kind: 'dossier', path: '/home/c/LORnTECH.DOSSIER' })
    expect(dropAction(['C:\\Users\\c\\acteurs.csv'])).toEqual({ kind: 'actors', path: 'C:\\Users\\c\\acteurs.csv' })
    expect(dropAction(['/tmp/logo.png', '/tmp/sirene.xlsx'])).toEqual({ kind: 'actors', path: '/tmp/sirene.xlsx' })
  })
  it('names what it cannot use', () => {
    expect(dropAction(['/tmp/photo.jpg'])).toEqual({ kind: 'none', name: 'photo.jpg' })
    expect(dropAction([])).toEqual({ kind: 'none', name: '' })
  })
})
