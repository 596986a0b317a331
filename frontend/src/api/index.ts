/**
 * The typed api layer: the only code that talks to the generated Wails bindings (src/wailsjs). Features
 * import from here.
 */
export * from './schemas'
export * from './entities'
export { ApiError, toApiError, type ErrorCode, type FieldMessage } from './errors'
export { getOverview, getPartners, getActors, getBudgetLines, loadDossier, getCodes } from './dossier'
export { chooseFolder, exportTo, openFolder, partnerPDF } from './export'
export { dossierPath, reportLoaded, recentDossiers, openDossier, openDossierDialog, newDossierDialog, saveAsDialog } from './session'
export { saveCandidature, savePartner, saveContribution, saveCharge, saveResource, saveSection, saveAction, saveActor, saveTerritory, saveTotem, saveIndicator, deleteRow, undo, redo, history, attachFile, attachPath, detach, type Entity, type AttachmentKind } from './edit'
export { onDossierChanged, DOSSIER_CHANGED, DOSSIER_OPENED } from './events'
export { pickImportFile, previewActors, readActors, confirmActors, saveImportErrors, writePartnerForm, readPartnerForm, confirmPartnerForm, type ImportOptions, type ImportPreview, type ActorImportReport, type RowError, type FormDiff, type FormError } from './imports'
export { setWindowTitle, onFilesDropped } from './window'
