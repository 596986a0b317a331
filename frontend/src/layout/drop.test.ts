import { describe, expect, it } from 'vitest'
import { attachKindOf, claimDrops, dropAction, offerDrop } from './drop'

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

describe('attachKindOf', () => {
  it('takes a PDF as a letter and a PNG/JPEG as a logo', () => {
    expect(attachKindOf('/tmp/Lettre soutien.PDF')).toBe('lettre')
    expect(attachKindOf('C:\\logos\\metz.png')).toBe('logo')
    expect(attachKindOf('/tmp/logo.JPEG')).toBe('logo')
    expect(attachKindOf('/tmp/logo.jpg')).toBe('logo')
    expect(attachKindOf('/tmp/notes.txt')).toBeNull()
    expect(attachKindOf('/tmp/pdf')).toBeNull()
  })
})

describe('claimDrops / offerDrop', () => {
  it('asks the last panel first, falls through when none takes the files, and stops when released', () => {
    const seen: string[] = []
    const releaseA = claimDrops((p) => (seen.push('a:' + p[0]), (p[0] ?? '').endsWith('.pdf')))
    const releaseB = claimDrops((p) => (seen.push('b:' + p[0]), false))
    expect(offerDrop(['/x.pdf'])).toBe(true)
    expect(seen).toEqual(['b:/x.pdf', 'a:/x.pdf'])
    expect(offerDrop(['/x.csv'])).toBe(false)
    releaseA()
    releaseB()
    seen.length = 0
    expect(offerDrop(['/x.pdf'])).toBe(false)
    expect(seen).toEqual([])
  })
})
