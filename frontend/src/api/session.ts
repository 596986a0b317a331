/** The window's session (Go bound service app.Session). */
import { z } from 'zod'
import * as Session from '../wailsjs/go/app/Session'
import { call } from './call'

/** Path of the open dossier file. */
export function dossierPath(): Promise<string> {
  return call('le chemin du dossier', () => Session.Path(), z.string())
}

/**
 * Tells Go the dashboard shows the dossier named `name` with `actors` actors (the smoke test reads it back
 * through $DOSSIERFT_REPORT_LOADED).
 */
export async function reportLoaded(name: string, actors: number): Promise<void> {
  await call('le signalement du chargement', () => Session.ReportLoaded(name, actors), z.unknown())
}

/** Recent dossier files that still exist, most recent first. */
export function recentDossiers(): Promise<string[]> {
  return call('les dossiers récents', () => Session.Recent(), z.array(z.string()).nullable().transform((v) => v ?? []))
}

/** Opens the dossier file at `path` in the window; on error the current dossier stays open. */
export async function openDossier(path: string): Promise<void> {
  await call("l'ouverture du dossier", () => Session.Open(path), z.unknown())
}

/** Asks for a dossier file (native dialog) and opens it; returns its path. A closed dialog: ApiError cancelled. */
export function openDossierDialog(): Promise<string> {
  return call("l'ouverture du dossier", () => Session.OpenDialog(), z.string())
}

/** Asks for a file name, creates an empty dossier there and opens it; returns its path. */
export function newDossierDialog(): Promise<string> {
  return call('la création du dossier', () => Session.NewDialog(), z.string())
}

/** "Enregistrer sous": asks for a file name, writes a consistent copy and continues on it; returns its path. */
export function saveAsDialog(): Promise<string> {
  return call("l'enregistrement sous un autre nom", () => Session.SaveAsDialog(), z.string())
}
