/**
 * Shapes of what the bound Go services return (app/dossier.go, app/export.go), checked with zod at the
 * boundary so a mismatch between Go and the window shows as a clear error instead of a blank screen.
 * Amounts are integer euro cents; dates are ISO strings ("2015-03-31"); labels are already French.
 */
import { z } from 'zod'

/** Integer euro cents (Go int64 dossier.Cents). */
export const cents = z.number().int()

/** Counts of rows per part of the dossier (Go app.Counts). */
export const CountsSchema = z.object({
  partners: z.number().int(),
  actors: z.number().int(),
  actions: z.number().int(),
  charges: z.number().int(),
  contributions: z.number().int(),
  resources: z.number().int(),
  sections: z.number().int(),
  indicators: z.number().int(),
  territories: z.number().int(),
  totems: z.number().int(),
})
export type Counts = z.infer<typeof CountsSchema>

/** One column of the budget summary (Go app.BudgetYear); year 0 is the total over all years. */
export const BudgetYearSchema = z.object({
  year: z.number().int(),
  charges: cents,
  produits: cents,
  balance: cents, // produits − charges
  inKindCharges: cents, // 86x
  inKindProduits: cents, // 87x
  inKindBalance: cents,
  balanced: z.boolean(),
})
export type BudgetYear = z.infer<typeof BudgetYearSchema>

/** Severities of a validation finding (Go dossier.SevError, SevWarning, SevInfo). */
export const SeveritySchema = z.enum(['erreur', 'avertissement', 'info'])
export type Severity = z.infer<typeof SeveritySchema>

/** A validation finding (Go dossier.Finding): a French message tied to a field such as "partner:12.siret". */
export const FindingSchema = z.object({
  code: z.string(),
  field: z.string(),
  severity: z.string(), // kept open: a new severity must not blank the dashboard; see severityOf
  message: z.string(),
})
export type Finding = z.infer<typeof FindingSchema>

/** A count of actors under a key (Go dossier.Count): category code or town, French label, number. */
export const CountRowSchema = z.object({ key: z.string(), label: z.string(), n: z.number().int() })
export type CountRow = z.infer<typeof CountRowSchema>

/** Go slices may arrive as null when empty: read them as []. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? [])

/** What the dashboard shows (Go app.Overview). */
export const OverviewSchema = z.object({
  path: z.string(),
  name: z.string(),
  territory: z.string(),
  porteur: z.string(),
  yearStart: z.number().int(),
  yearEnd: z.number().int(),
  status: z.string(),
  counts: CountsSchema,
  budget: list(BudgetYearSchema),
  findings: list(FindingSchema),
  actorsByCategory: list(CountRowSchema),
  actorsByTown: list(CountRowSchema),
})
export type Overview = z.infer<typeof OverviewSchema>

/** One row of the partners table (Go app.PartnerRow); cash and inKind are totals over all years, in cents. */
export const PartnerRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.string(),
  role: z.string(),
  town: z.string(),
  siret: z.string(),
  contact: z.string(),
  letterStatus: z.string(),
  letterDate: z.string(), // ISO or ""
  cash: cents,
  inKind: cents,
  fictitious: z.boolean(),
})
export type PartnerRow = z.infer<typeof PartnerRowSchema>

/** One row of the actors table (Go app.ActorRow); fundsRaised in cents, creationYear 0 when unknown. */
export const ActorRowSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  category: z.string(),
  siret: z.string(),
  naf: z.string(),
  town: z.string(),
  postcode: z.string(),
  headcountBand: z.string(),
  creationYear: z.number().int(),
  fundsRaised: cents,
  website: z.string(),
  tags: list(z.string()),
})
export type ActorRow = z.infer<typeof ActorRowSchema>

/** One charge or produit line (Go app.BudgetRow); id is "charge:3", "contribution:7" or "resource:2". */
export const BudgetRowSchema = z.object({
  id: z.string(),
  side: z.enum(['charge', 'produit']),
  year: z.number().int(),
  account: z.string(),
  action: z.string(),
  funder: z.string(),
  nature: z.string(),
  status: z.string(),
  label: z.string(),
  amount: cents,
  inKind: z.boolean(),
  position: z.number().int(),
})
export type BudgetRow = z.infer<typeof BudgetRowSchema>

/** What an export wrote (Go export.Result): the folder, the absolute paths of the files, French warnings. */
export const ExportResultSchema = z.object({
  dir: z.string(),
  files: list(z.string()),
  warnings: list(z.string()),
})
export type ExportResult = z.infer<typeof ExportResultSchema>

/** The error object the Go ErrorFormatter sends (Go app.UIError). */
export const UIErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  field: z.string().optional().default(''),
  /** Code "invalid": each refused field (JSON name such as "siret") with its French message. */
  details: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
})
