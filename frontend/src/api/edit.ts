/**
 * Changing the open dossier (Go bound service app.Edit). Each call is one transaction recorded in the
 * history. A refused value throws an ApiError of code "invalid" whose `details` name each field (JSON name,
 * e.g. "siret") with its French message; nothing is written then. Amounts are sent as the text the user
 * typed ("1 234,56 €") and come back in cents.
 */
import { z } from 'zod'
import * as Edit from '../wailsjs/go/app/Edit'
import { call } from './call'
import {
  ActionSchema, ActorSchema, AttachmentSchema, ChangeSchema, ChargeSchema, ContributionSchema, PartnerSchema, ResourceSchema, SectionSchema,
  TerritorySchema, TotemSchema, IndicatorSchema,
  type Action, type Actor, type Attachment, type Candidature, type Change, type Charge, type Contribution, type Partner, type Resource, type Section,
  type Territory, type Totem, type Indicator,
} from './entities'

// The generated signatures take the generated model classes; the JSON sent is the same plain object.
type Arg<F> = F extends (arg: infer A) => unknown ? A : never
const as = <F>(v: unknown) => v as Arg<F>

/** Saves the candidature and its structure porteuse. */
export async function saveCandidature(c: Candidature): Promise<void> {
  await call('la candidature', () => Edit.SaveCandidature(as<typeof Edit.SaveCandidature>(c)), z.unknown())
}

/** Inserts (id 0) or updates a partner; returns it as saved (SIRET without spaces). */
export function savePartner(p: Partner): Promise<Partner> {
  return call('le partenaire', () => Edit.SavePartner(as<typeof Edit.SavePartner>(p)), PartnerSchema)
}

/** Inserts or updates a contribution; `amountText` is the amount as typed. Returns it with its amount in cents. */
export function saveContribution(c: Contribution, amountText: string): Promise<Contribution> {
  return call('la contribution', () => Edit.SaveContribution(as<typeof Edit.SaveContribution>({ ...c, amountText })), ContributionSchema)
}

/** Inserts or updates a charge line; `amountText` is the amount as typed. */
export function saveCharge(c: Charge, amountText: string): Promise<Charge> {
  return call('la ligne de charge', () => Edit.SaveCharge(as<typeof Edit.SaveCharge>({ ...c, amountText })), ChargeSchema)
}

/** Inserts or updates a produits line (not a contribution); `amountText` is the amount as typed. */
export function saveResource(r: Resource, amountText: string): Promise<Resource> {
  return call('la ligne de produit', () => Edit.SaveResource(as<typeof Edit.SaveResource>({ ...r, amountText })), ResourceSchema)
}

/** Inserts or updates a chapter (Markdown body); a body over its limit is refused. */
export function saveSection(s: Section): Promise<Section> {
  return call('le chapitre', () => Edit.SaveSection(as<typeof Edit.SaveSection>(s)), SectionSchema)
}

/** Inserts or updates a member territory (name required). */
export function saveTerritory(t: Territory): Promise<Territory> {
  return call('le territoire', () => Edit.SaveTerritory(as<typeof Edit.SaveTerritory>(t)), TerritorySchema)
}

/** Inserts or updates a lieu totem (name required). */
export function saveTotem(t: Totem): Promise<Totem> {
  return call('le lieu totem', () => Edit.SaveTotem(as<typeof Edit.SaveTotem>(t)), TotemSchema)
}

/** Inserts or updates an indicator with its targets (name required). */
export function saveIndicator(i: Indicator): Promise<Indicator> {
  return call("l'indicateur", () => Edit.SaveIndicator(as<typeof Edit.SaveIndicator>(i)), IndicatorSchema)
}

/** Inserts or updates an action of the plan d'actions. */
export function saveAction(a: Action): Promise<Action> {
  return call("l'action", () => Edit.SaveAction(as<typeof Edit.SaveAction>(a)), ActionSchema)
}

/**
 * Inserts or updates an actor; `fundsRaisedText` is the amount as typed ("" = 0). Returns it as stored
 * (SIRET without spaces, NAF normalised).
 */
export function saveActor(a: Actor, fundsRaisedText: string): Promise<Actor> {
  return call("l'acteur", () => Edit.SaveActor(as<typeof Edit.SaveActor>({ ...a, fundsRaisedText })), ActorSchema)
}

/** Kinds of partner attachments: letter of support (a PDF), logo (PNG or JPEG), annex (any file). */
export type AttachmentKind = 'lettre' | 'logo' | 'annexe'

/**
 * Asks for a file with the native dialog and attaches it to the partner (replacing the previous letter or
 * logo). A letter sets the partner's letter status to "recue". A closed dialog: ApiError cancelled; a refused
 * file (not a PDF, not an image, over 20 Mio): ApiError "invalid" with the French message naming the file.
 */
export function attachFile(partnerId: number, kind: AttachmentKind): Promise<Attachment> {
  return call('la pièce jointe', () => Edit.AttachFile(partnerId, kind), AttachmentSchema)
}

/** Attaches the file at `path` (dropped or typed) to the partner, as {@link attachFile} without the dialog. */
export function attachPath(partnerId: number, kind: AttachmentKind, path: string): Promise<Attachment> {
  return call('la pièce jointe', () => Edit.AttachPath(partnerId, kind, path), AttachmentSchema)
}

/** Removes the partner's letter (its status goes back to "demandee") or logo from the dossier. */
export async function detach(partnerId: number, kind: AttachmentKind): Promise<void> {
  await call('le retrait de la pièce jointe', () => Edit.Detach(partnerId, kind), z.unknown())
}

/** Kinds of rows that {@link deleteRow} accepts. */
export type Entity = 'territory' | 'totem' | 'partner' | 'contribution' | 'action' | 'charge' | 'resource' | 'indicator' | 'actor' | 'section' | 'attachment'

/** Deletes one row (a partner with its contributions, as one undoable step). */
export async function deleteRow(entity: Entity, id: number): Promise<void> {
  await call('la suppression', () => Edit.Delete(entity, id), z.unknown())
}

/** Reverts the last change; returns it (its French summary says what was undone). */
export function undo(): Promise<Change> {
  return call("l'annulation", () => Edit.Undo(), ChangeSchema)
}

/** Replays the last undone change. */
export function redo(): Promise<Change> {
  return call('le rétablissement', () => Edit.Redo(), ChangeSchema)
}

/** The last `limit` changes, most recent first. */
export function history(limit = 50): Promise<Change[]> {
  return call("l'historique", () => Edit.History(limit), z.array(ChangeSchema).nullable().transform((v) => v ?? []))
}
