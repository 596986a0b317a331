/**
 * The typed api layer: the only code that talks to the generated Wails bindings (src/wailsjs). Features
 * import from here.
 */
export * from './schemas'
export { ApiError, toApiError, type ErrorCode } from './errors'
export { getOverview, getPartners, getActors, getBudgetLines } from './dossier'
export { chooseFolder, exportTo, openFolder } from './export'
export { dossierPath, reportLoaded } from './session'
