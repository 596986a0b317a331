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
