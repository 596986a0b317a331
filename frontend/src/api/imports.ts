/**
 * Bringing actor lists in (Go bound service app.Imports): a CSV, TXT or XLSX file (SIRENE extracts included)
 * is read first — nothing written — and its report shown; ConfirmActors then writes it as one undoable step.
 */
import { z } from 'zod'
import * as Imports from '../wailsjs/go/app/Imports'
import { call } from './call'
import { ActorSchema, ContributionSchema } from './entities'

const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? [])
const n = z.number().int().catch(0)

/** The user's choices for an actor import (Go app.ImportOptions). */
export interface ImportOptions {
  /** "auto", "sirene", "acteurs" or "libre". */
  preset: string
  /** Header → field, with preset "libre". */
  mapping: Record<string, string>
  /** XLSX sheet to read ("" = the first). */
  sheet: string
  /** Actor category code given to rows without one. */
  defaultCategory: string
  /** "skip" or "merge". */
  duplicates: string
  /** Import closed establishments too. */
  keepClosed: boolean
}

/** One refused row (Go imports.RowError): where (row, column), what (value) and why, in French. */
export const RowErrorSchema = z.object({ file: z.string().catch(''), row: n, column: z.string().catch(''), value: z.string().catch(''), reason: z.string().catch('') })
export type RowError = z.infer<typeof RowErrorSchema>

/** What reading an actor file found (Go app.ActorImportReport). */
export const ActorImportReportSchema = z.object({
  file: z.string().catch(''),
  source: z.string().catch(''),
  preset: z.string().catch(''),
  counts: z.object({ read: n, valid: n, skippedClosed: n, errors: n }),
  duplicates: z.object({ new: n, merged: n, skipped: n }),
  errors: list(RowErrorSchema),
  errorsTotal: n,
  notes: list(z.string()),
  sample: list(ActorSchema),
  dupSample: list(z.object({ incoming: ActorSchema, existingId: n, reason: z.string().catch(''), merged: z.boolean().catch(false) })),
})
export type ActorImportReport = z.infer<typeof ActorImportReportSchema>

/** The head of an actor file (Go imports.PreviewResult): headers, suggested mapping, first rows. */
export const ImportPreviewSchema = z.object({
  preset: z.string().catch(''),
  headerRow: n,
  headers: list(z.string()),
  mapping: z.record(z.string(), z.string()).nullish().transform((v) => v ?? {}),
  mappingError: z.string().catch(''),
  rows: list(list(z.string())),
  rowNumbers: list(z.number()),
  notes: list(z.string()),
  fields: list(z.object({ field: z.string(), label: z.string() })),
})
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

type Arg2<F> = F extends (a: string, b: infer B) => unknown ? B : never

/** Asks for a CSV or XLSX file (native dialog); a closed dialog throws an ApiError whose `cancelled` is true. */
export function pickImportFile(title: string): Promise<string> {
  return call('le choix du fichier', () => Imports.PickFile(title), z.string())
}

/** Reads the head of the actor file at `path`: headers, the suggested column mapping and the first rows. */
export function previewActors(path: string, options: ImportOptions): Promise<ImportPreview> {
  return call("l'aperçu du fichier", () => Imports.PreviewActors(path, options as unknown as Arg2<typeof Imports.PreviewActors>), ImportPreviewSchema)
}

/** Reads the actor file at `path` with `options` and plans duplicates; writes nothing. */
export function readActors(path: string, options: ImportOptions): Promise<ActorImportReport> {
  return call('la lecture du fichier', () => Imports.ReadActors(path, options as unknown as Arg2<typeof Imports.ReadActors>), ActorImportReportSchema)
}

/** Writes the actors last read as one undoable step; returns the French summary. */
export function confirmActors(): Promise<string> {
  return call("l'import des acteurs", () => Imports.ConfirmActors(), z.string())
}

/** Asks where to save the refused rows as CSV (native dialog) and writes them; returns the path. */
export function saveImportErrors(): Promise<string> {
  return call("l'enregistrement du rapport d'erreurs", () => Imports.SaveErrorReport(), z.string())
}

/** One refused cell or conflicting row of a returned form (Go imports.FormError). */
export const FormErrorSchema = z.object({
  sheet: z.string().catch(''), row: n, column: z.string().catch(''), value: z.string().catch(''), reason: z.string().catch(''),
})
export type FormError = z.infer<typeof FormErrorSchema>

/** What a returned contribution form would change (Go imports.FormDiff); applied only without errors or conflicts. */
export const FormDiffSchema = z.object({
  file: z.string().catch(''),
  partnerId: n,
  partnerName: z.string().catch(''),
  version: n,
  generated: z.string().catch(''),
  added: list(ContributionSchema),
  changed: list(z.object({ before: ContributionSchema, after: ContributionSchema, fields: list(z.string()) })),
  removed: list(ContributionSchema),
  unchanged: n,
  conflicts: list(FormErrorSchema),
  errors: list(FormErrorSchema),
  notes: list(z.string()),
})
export type FormDiff = z.infer<typeof FormDiffSchema>

/** Asks where to save the pre-filled contribution form (XLSX) of a partner and writes it; returns the path. */
export function writePartnerForm(partnerId: number): Promise<string> {
  return call('le formulaire du partenaire', () => Imports.WriteForm(partnerId), z.string())
}

/** Reads a returned contribution form at `path`: what it would change; writes nothing. */
export function readPartnerForm(path: string): Promise<FormDiff> {
  return call('la lecture du formulaire', () => Imports.ReadForm(path), FormDiffSchema)
}

/** Applies the form last read as one undoable step; returns the French summary. */
export function confirmPartnerForm(): Promise<string> {
  return call("l'application du formulaire", () => Imports.ConfirmForm(), z.string())
}
