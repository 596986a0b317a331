/**
 * Reading the open dossier (Go bound service app.Dossier). Each function returns validated data; on failure
 * it throws an ApiError with a French message.
 */
import { z } from 'zod'
import * as Dossier from '../wailsjs/go/app/Dossier'
import { call } from './call'
import {
  ActorRowSchema,
  BudgetRowSchema,
  OverviewSchema,
  PartnerRowSchema,
  type ActorRow,
  type BudgetRow,
  type Overview,
  type PartnerRow,
} from './schemas'
import { CodeListsSchema, DossierSchema, type CodeLists, type Dossier as DossierData } from './entities'

/** The dashboard: candidature, counts, budget per year (cents) and total (year 0), findings, actor stats. */
export function getOverview(): Promise<Overview> {
  return call('le tableau de bord', () => Dossier.Overview(), OverviewSchema)
}

/** Every partner, by name, with cash and in-kind totals in cents. */
export function getPartners(): Promise<PartnerRow[]> {
  return call('la liste des partenaires', () => Dossier.Partners(), z.array(PartnerRowSchema).nullable().transform((v) => v ?? []))
}

/** Every actor, in file order (thousands of rows). */
export function getActors(): Promise<ActorRow[]> {
  return call('la liste des acteurs', () => Dossier.Actors(), z.array(ActorRowSchema).nullable().transform((v) => v ?? []))
}

/** Every budget line: charges first, then produits, each by year and account order; amounts in cents. */
export function getBudgetLines(): Promise<BudgetRow[]> {
  return call('les lignes du budget', () => Dossier.BudgetLines(), z.array(BudgetRowSchema).nullable().transform((v) => v ?? []))
}

/** The whole dossier as stored (codes, not labels), for the edit forms. */
export function loadDossier(): Promise<DossierData> {
  return call('le dossier', () => Dossier.Load(), DossierSchema)
}

/** The closed lists of the forms (kinds, roles, statuses…) and the Cerfa 12156 accounts. */
export function getCodes(): Promise<CodeLists> {
  return call('les listes de valeurs', () => Dossier.Codes(), CodeListsSchema)
}
