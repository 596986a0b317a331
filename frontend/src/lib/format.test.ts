import { describe, expect, it } from 'vitest'
import { formatCents, formatDate, formatInt, formatPercent, formatSiret, formatWholeEuros, plural } from './format'

const NNBSP = '\u202f' // narrow no-break space: French thousands separator in Intl
const NBSP = '\u00a0' // no-break space before the € sign

describe('formatCents', () => {
  it('formats cents as French euros', () => {
    expect(formatCents(123456)).toBe(`1${NNBSP}234,56${NBSP}€`)
    expect(formatCents(0)).toBe(`0,00${NBSP}€`)
    expect(formatCents(5)).toBe(`0,05${NBSP}€`)
    expect(formatCents(-1250)).toBe(`-12,50${NBSP}€`)
    expect(formatCents(100000000)).toBe(`1${NNBSP}000${NNBSP}000,00${NBSP}€`)
  })
  it('refuses non-integer cents', () => {
    expect(formatCents(12.5)).toBe('—')
    expect(formatCents(Number.NaN)).toBe('—')
  })
})

describe('formatWholeEuros', () => {
  it('rounds to whole euros', () => {
    expect(formatWholeEuros(123456)).toBe(`1${NNBSP}235${NBSP}€`)
    expect(formatWholeEuros(2300000)).toBe(`23${NNBSP}000${NBSP}€`)
  })
})

describe('formatDate', () => {
  it('shows ISO dates as JJ/MM/AAAA', () => {
    expect(formatDate('2015-03-31')).toBe('31/03/2015')
    expect(formatDate('2016-01-05T23:30:00Z')).toBe('05/01/2016')
  })
  it('keeps empty and unknown values visible', () => {
    expect(formatDate('')).toBe('')
    expect(formatDate(undefined)).toBe('')
    expect(formatDate('bientôt')).toBe('bientôt')
    expect(formatDate('2015-13-01')).toBe('2015-13-01')
  })
})

describe('other formats', () => {
  it('formats counts, percents, SIRET and plurals', () => {
    expect(formatInt(5000)).toBe(`5${NNBSP}000`)
    expect(formatPercent(0.25)).toBe(`25${NBSP}%`)
    expect(formatSiret('78467169500087')).toBe('784 671 695 00087')
    expect(formatSiret('123')).toBe('123')
    expect(plural(1, 'acteur')).toBe('1 acteur')
    expect(plural(0, 'acteur')).toBe('0 acteur')
    expect(plural(5000, 'acteur')).toBe(`5${NNBSP}000 acteurs`)
  })
})
