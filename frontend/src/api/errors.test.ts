import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { call } from './call'
import { ApiError, toApiError } from './errors'

describe('toApiError', () => {
  it('keeps the French message, code and field sent by Go', () => {
    const e = toApiError({ code: 'invalid', message: 'SIRET invalide : la clé de contrôle ne correspond pas.', field: 'partner:3.siret' })
    expect(e).toBeInstanceOf(ApiError)
    expect(e.code).toBe('invalid')
    expect(e.message).toBe('SIRET invalide : la clé de contrôle ne correspond pas.')
    expect(e.field).toBe('partner:3.siret')
  })
  it('maps refused fields to their messages', () => {
    const e = toApiError({
      code: 'invalid', message: 'SIRET invalide.\nCourriel invalide.', field: 'siret',
      details: [{ field: 'siret', message: 'SIRET invalide.' }, { field: 'contactEmail', message: 'Courriel invalide.' }],
    })
    expect(e.byField()).toEqual({ siret: 'SIRET invalide.', contactEmail: 'Courriel invalide.' })
    expect(toApiError({ code: 'invalid', message: 'Montant : nombre attendu.', field: 'amount' }).byField()).toEqual({ amount: 'Montant : nombre attendu.' })
  })
  it('recognises a closed dialog', () => {
    expect(toApiError({ code: 'cancelled', message: 'action annulée', field: '' }).cancelled).toBe(true)
  })
  it('reads a JSON string and a plain string', () => {
    expect(toApiError('{"code":"export","message":"Dossier non inscriptible","field":""}').code).toBe('export')
    const plain = toApiError('quelque chose')
    expect(plain.code).toBe('internal')
    expect(plain.message).toBe('quelque chose')
  })
  it('turns a timeout into a French message', () => {
    expect(toApiError(new Error('Call to Dossier.Overview timed out. Request ID: x')).message).toMatch(/délai dépassé/)
  })
})

describe('call', () => {
  it('returns the parsed result', async () => {
    await expect(call('le test', async () => ({ n: 3 }), z.object({ n: z.number() }))).resolves.toEqual({ n: 3 })
  })
  it('rejects with the Go error', async () => {
    const p = call('le test', () => Promise.reject({ code: 'no_dossier', message: "aucun dossier n'est ouvert", field: '' }), z.unknown())
    await expect(p).rejects.toMatchObject({ code: 'no_dossier', message: "aucun dossier n'est ouvert" })
  })
  it('names the call and the field of a wrong shape', async () => {
    const p = call('la liste des partenaires', async () => [{ id: 'x' }], z.array(z.object({ id: z.number() })))
    await expect(p).rejects.toMatchObject({ code: 'shape', message: 'Réponse inattendue du programme pour la liste des partenaires (champ « 0.id »).' })
  })
})
