/**
 * Writing the dossier's documents (Go bound service app.Export). All file writing happens in Go: the webview
 * cannot save files.
 */
import { z } from 'zod'
import * as Export from '../wailsjs/go/app/Export'
import { call } from './call'
import { ExportResultSchema, type ExportResult } from './schemas'

/**
 * Opens the native folder dialog and returns the chosen folder's path. A closed dialog throws an ApiError
 * whose `cancelled` is true.
 */
export function chooseFolder(): Promise<string> {
  return call('le choix du dossier', () => Export.ChooseFolder(), z.string())
}

/** Writes the dossier PDF and the two workbooks into `dir` (created if missing); returns what was written. */
export function exportTo(dir: string): Promise<ExportResult> {
  return call("l'export", () => Export.ExportTo(dir), ExportResultSchema)
}

/** Shows `dir` in the system's file manager. */
export async function openFolder(dir: string): Promise<void> {
  await call("l'ouverture du dossier", () => Export.OpenFolder(dir), z.unknown())
}

/** Asks where to save the review PDF of one partner (native dialog) and writes it; returns what was written. */
export function partnerPDF(partnerId: number): Promise<ExportResult> {
  return call('la fiche du partenaire', () => Export.PartnerPDF(partnerId), ExportResultSchema)
}
