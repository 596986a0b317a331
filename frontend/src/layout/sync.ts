/**
 * Keeps every page in step with the file: after a change (saved edit, undo, redo, another dossier opened)
 * the stores that were loaded reload. Changes come from Go's "dossier:changed" event and from the forms
 * themselves (so it works even where events do not arrive).
 */
import { onDossierChanged } from '@/api'
import { useDashboardStore } from '@/features/dashboard/store'
import { usePartnersStore } from '@/features/partners/store'
import { useActorsStore } from '@/features/actors/store'
import { useBudgetStore } from '@/features/budget/store'
import { useDossierStore } from '@/features/dossier/store'

let timer: ReturnType<typeof setTimeout> | undefined
let waiters: (() => void)[] = []

/** Reloads the loaded stores (calls within 30 ms are merged); resolves when the reload is done. */
export function refreshAll(): Promise<void> {
  return new Promise((resolve) => {
    waiters.push(resolve)
    clearTimeout(timer)
    timer = setTimeout(async () => {
      const done = waiters
      waiters = []
      const dossier = useDossierStore()
      const partners = usePartnersStore()
      const actors = useActorsStore()
      const budget = useBudgetStore()
      await Promise.all([
        useDashboardStore().load(),
        dossier.loaded ? dossier.load(true) : Promise.resolve(),
        partners.loaded ? partners.load(true) : Promise.resolve(),
        actors.loaded ? actors.load(true) : Promise.resolve(),
        budget.loaded ? budget.load(true) : Promise.resolve(),
      ])
      for (const w of done) w()
    }, 30)
  })
}

/** Subscribes to Go's change event; returns the function that unsubscribes. */
export function startSync(): () => void {
  return onDossierChanged(() => void refreshAll())
}
