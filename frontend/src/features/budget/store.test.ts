import { describe, expect, it } from 'vitest'
import type { BudgetRow } from '@/api'
import { budgetTotals, sumCents } from './store'

function line(side: 'charge' | 'produit', amount: number, inKind = false): BudgetRow {
  return { id: `${side}:${amount}`, side, year: 2015, account: inKind ? (side === 'charge' ? '86' : '87') : '6', action: '', funder: '', nature: '', status: '', label: '', amount, inKind, position: 0 }
}

describe('budgetTotals', () => {
  it('keeps in-kind lines apart from the main balance', () => {
    const t = budgetTotals(
      [line('charge', 100_000_00), line('charge', 25_000_50), line('charge', 8_570_000, true)],
      [line('produit', 125_000_50), line('produit', 8_570_000, true)],
    )
    expect(t).toEqual({
      charges: 125_000_50, produits: 125_000_50, balance: 0,
      inKindCharges: 8_570_000, inKindProduits: 8_570_000, inKindBalance: 0, balanced: true,
    })
  })
  it('is unbalanced when 86 differs from 87 even if the main budget balances', () => {
    const t = budgetTotals([line('charge', 500), line('charge', 100, true)], [line('produit', 500), line('produit', 90, true)])
    expect(t.balance).toBe(0)
    expect(t.inKindBalance).toBe(-10)
    expect(t.balanced).toBe(false)
  })
  it('sums cents exactly', () => {
    expect(sumCents([line('charge', 1), line('charge', 2), line('charge', 999_999_999_99)])).toBe(1_000_000_000_02)
  })
})
