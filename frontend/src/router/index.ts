/**
 * The window's pages. Hash history: the Wails asset server serves only index.html and the built files, so
 * paths must not reach it.
 */
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'

/** One entry of the side menu. */
export interface MenuEntry {
  /** Route name. */
  name: string
  /** Path under the hash. */
  path: string
  /** French label shown in the menu. */
  label: string
  /** Keyboard shortcut digit (Alt+digit). */
  key: string
}

/** The side menu, in order. */
export const menu: MenuEntry[] = [
  { name: 'dashboard', path: '/', label: 'Tableau de bord', key: '1' },
  { name: 'candidature', path: '/candidature', label: 'Candidature', key: '2' },
  { name: 'partners', path: '/partenaires', label: 'Partenaires', key: '3' },
  { name: 'actors', path: '/acteurs', label: 'Acteurs', key: '4' },
  { name: 'actions', path: '/actions', label: "Plan d'actions", key: '5' },
  { name: 'budget', path: '/budget', label: 'Budget', key: '6' },
  { name: 'indicators', path: '/indicateurs', label: 'Indicateurs', key: '7' },
  { name: 'sections', path: '/chapitres', label: 'Chapitres', key: '8' },
  { name: 'export', path: '/exporter', label: 'Exporter', key: '9' },
]

const routes: RouteRecordRaw[] = [
  { name: 'dashboard', path: '/', component: () => import('@/features/dashboard/DashboardView.vue'), meta: { title: 'Tableau de bord' } },
  { name: 'candidature', path: '/candidature', component: () => import('@/features/candidature/CandidatureView.vue'), meta: { title: 'Candidature' } },
  { name: 'partners', path: '/partenaires', component: () => import('@/features/partners/PartnersView.vue'), meta: { title: 'Partenaires' } },
  { name: 'actors', path: '/acteurs', component: () => import('@/features/actors/ActorsView.vue'), meta: { title: 'Acteurs' } },
  { name: 'actions', path: '/actions', component: () => import('@/features/actions/ActionsView.vue'), meta: { title: "Plan d'actions" } },
  { name: 'budget', path: '/budget', component: () => import('@/features/budget/BudgetView.vue'), meta: { title: 'Budget' } },
  { name: 'indicators', path: '/indicateurs', component: () => import('@/features/indicators/IndicatorsView.vue'), meta: { title: 'Indicateurs' } },
  { name: 'sections', path: '/chapitres', component: () => import('@/features/sections/SectionsView.vue'), meta: { title: 'Chapitres' } },
  { name: 'export', path: '/exporter', component: () => import('@/features/export/ExportView.vue'), meta: { title: 'Exporter' } },
  { path: '/:rest(.*)*', redirect: '/' },
]

/** The router of the window. */
export const router = createRouter({ history: createWebHashHistory(), routes })
