/**
 * Shapes of the dossier's rows as stored (codes, not labels), for the edit forms: what Dossier.Load returns
 * and what the Edit service takes back (Go package internal/dossier). Amounts are integer cents; dates ISO
 * strings; IDs are 0 for a row not yet saved.
 */
import { z } from 'zod'
import { cents } from './schemas'

const str = z.string().catch('')
const int = z.number().int().catch(0)
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? [])

/** The candidature and its structure porteuse (Go dossier.Candidature). */
export const CandidatureSchema = z.object({
  name: str, territory: str, summary: str, porteurName: str, porteurLegalForm: str, porteurSiren: str,
  porteurSiret: str, porteurAddress: str, porteurPostcode: str, porteurTown: str, representativeName: str,
  representativeTitle: str, contactName: str, contactEmail: str, contactPhone: str, yearStart: int, yearEnd: int,
  deadline: str, status: str, version: str,
})
export type Candidature = z.infer<typeof CandidatureSchema>

/** A partner as stored (Go dossier.Partner); kind, role, funderType and letterStatus are codes. */
export const PartnerSchema = z.object({
  id: int, name: str, kind: str, funderType: str, siret: str, town: str, contactName: str, contactEmail: str,
  contactPhone: str, role: str, logoAttachmentId: int, letterStatus: str, letterDate: str, letterAttachmentId: int,
  fictitious: z.boolean().catch(false), source: str, notes: str,
})
export type Partner = z.infer<typeof PartnerSchema>

/** A partner's commitment for one year (Go dossier.Contribution); amount in cents, nature "numeraire"/"nature". */
export const ContributionSchema = z.object({
  id: int, partnerId: int, actionId: int, year: int, nature: str, inKindType: str, account: str, label: str,
  amount: cents, status: str,
})
export type Contribution = z.infer<typeof ContributionSchema>

/** An action of the plan d'actions (Go dossier.Action). */
export const ActionSchema = z.object({
  id: int, code: str, title: str, axis: str, leadPartnerId: int, startDate: str, endDate: str, description: str,
})
export type Action = z.infer<typeof ActionSchema>

/** A charge line (Go dossier.Charge): Cerfa 12156 account 60–68 or 86x, amount in cents. */
export const ChargeSchema = z.object({ id: int, actionId: int, account: str, year: int, label: str, amount: cents })
export type Charge = z.infer<typeof ChargeSchema>

/** A produits line that is not a partner's contribution (Go dossier.Resource): accounts 70–78, 87x. */
export const ResourceSchema = z.object({
  id: int, actionId: int, account: str, funder: str, year: int, label: str, amount: cents, status: str,
})
export type Resource = z.infer<typeof ResourceSchema>

/** A written chapter (Go dossier.Section): Markdown body, length limit in characters (0 = none), status code. */
export const SectionSchema = z.object({
  id: int, position: int, key: str, title: str, body: str, maxChars: int, status: str, ownerPartnerId: int,
})
export type Section = z.infer<typeof SectionSchema>

/** One change of the history (Go dossier.Change); summary is French. */
export const ChangeSchema = z.object({
  id: int, at: str, author: str, entity: str, entityId: int, op: str, summary: str, undone: z.boolean().catch(false),
})
export type Change = z.infer<typeof ChangeSchema>

/** A member territory (Go dossier.Territory): kind is a code (commune, EPCI…); population with its year. */
export const TerritorySchema = z.object({
  id: int, name: str, kind: str, inseeCode: str, town: str, population: int, populationYear: int, source: str,
})
export type Territory = z.infer<typeof TerritorySchema>

/** A lieu totem (Go dossier.Totem): surface in m², opening as free text (e.g. "2016"). */
export const TotemSchema = z.object({
  id: int, name: str, town: str, address: str, description: str, surfaceM2: int, opening: str, source: str,
})
export type Totem = z.infer<typeof TotemSchema>

/** A KPI (Go dossier.Indicator): baseline value with its year and source, a target per budget year. */
export const IndicatorSchema = z.object({
  id: int, name: str, unit: str, baselineValue: z.number().catch(0), baselineYear: int, baselineSource: str,
  targets: list(z.object({ year: z.number().int(), value: z.number() })),
})
export type Indicator = z.infer<typeof IndicatorSchema>

/** An actor of the annuaire as stored (Go dossier.Actor): category and headcountBand are codes; fundsRaised in cents. */
export const ActorSchema = z.object({
  id: int, name: str, category: str, siret: str, naf: str, town: str, postcode: str, headcountBand: str,
  creationYear: int, fundsRaised: cents.catch(0), website: str, description: str, tags: list(z.string()), origin: str,
  fictitious: z.boolean().catch(false),
})
export type Actor = z.infer<typeof ActorSchema>

/**
 * A file stored in the dossier (Go dossier.Attachment) without its bytes: kind "lettre" (letter of support),
 * "logo" or "annexe"; created is an ISO date-time (UTC).
 */
export const AttachmentSchema = z.object({ id: int, name: str, kind: str, mime: str, partnerId: int, created: str })
export type Attachment = z.infer<typeof AttachmentSchema>

/** The parts of the whole dossier the forms use (Go dossier.Dossier via Dossier.Load). */
export const DossierSchema = z.object({
  candidature: CandidatureSchema,
  territories: list(TerritorySchema),
  totems: list(TotemSchema),
  partners: list(PartnerSchema),
  contributions: list(ContributionSchema),
  actions: list(ActionSchema),
  charges: list(ChargeSchema),
  resources: list(ResourceSchema),
  sections: list(SectionSchema),
  indicators: list(IndicatorSchema),
  actors: list(ActorSchema),
  attachments: list(AttachmentSchema),
})
export type Dossier = z.infer<typeof DossierSchema>

/** A closed-list entry: code stored, French label shown (Go dossier.Code). */
export const CodeSchema = z.object({ code: z.string(), label: z.string() })
export type Code = z.infer<typeof CodeSchema>

/** A Cerfa 12156 account (Go dossier.Account): side "charge" or "produit"; inKind for 86x/87x. */
export const AccountSchema = z.object({
  code: z.string(), group: str, label: z.string(), side: z.string(), inKind: z.boolean().catch(false),
})
export type Account = z.infer<typeof AccountSchema>

/** The closed lists of the forms (Go app.CodeLists). */
export const CodeListsSchema = z.object({
  partnerKinds: list(CodeSchema), partnerRoles: list(CodeSchema), letterStatuses: list(CodeSchema),
  funderTypes: list(CodeSchema), natures: list(CodeSchema), inKindTypes: list(CodeSchema),
  contributionStatuses: list(CodeSchema), actionAxes: list(CodeSchema), actorCategories: list(CodeSchema),
  sectionStatuses: list(CodeSchema), territoryKinds: list(CodeSchema), attachmentKinds: list(CodeSchema),
  candidatureStatuses: list(CodeSchema), headcountBands: list(CodeSchema), accounts: list(AccountSchema),
  accountGroups: z.record(z.string(), z.string()).nullish().transform((v) => v ?? {}),
})
export type CodeLists = z.infer<typeof CodeListsSchema>
