// Package imports brings data into a dossier: actor lists from CSV, XLSX and INSEE SIRENE extracts, and
// partners' contribution forms (issue 6). It is a pure reader/transformer: it never touches the store. The
// caller shows the result, then writes it with the store as one undoable step.
//
// # Actor lists
//
//	Preview(r, name, n, opt)      → how the file reads: format, encoding, delimiter, sheets, header, suggested
//	                                 mapping (or why none works), first n rows. For the mapping screen.
//	ListSheets(r, name, opt)      → the sheets of a workbook, for the sheet picker.
//	ReadActors(r, name, opt)      → *ActorReport: candidate actors (Origin "import <name> ligne <n>"), row errors,
//	ReadActorsFile(path, opt)        counts (read, valid, closed skipped, errors), notes.
//	ScanActors(r, name, opt, fn)  → the same, handing actors one by one to fn (bounded memory on huge files).
//	PlanDuplicates(new, old, pol) → *DupPlan: Insert, Update (filled existing actors), Duplicates, counts.
//	WriteErrorsCSV(w, errs)       → the row errors as a CSV for French Excel (UTF-8 BOM, ";").
//
// The container is detected from the content, never the extension: a ZIP holding a workbook is read as XLSX
// (our streaming sheet reader, xlsxread.go, checked against excelize; one sheet: Options.Sheet, or the first
// visible non-empty sheet); anything that
// sniffs as text is read as delimited text with encoding/csv (LazyQuotes off). Encoding: UTF-8 with or without
// BOM, UTF-16 LE/BE (with BOM, or without BOM when NUL bytes show it), else Windows-1252. Delimiter: ";",
// tab, "," or "|" (see Sniff), or Excel's "sep=" first line. A file mixing encodings (a UTF-8 file with some
// Windows-1252 lines) is read as UTF-8 and each invalid line falls back to Windows-1252, with one note
// counting them: fallback, not a row error.
//
// The header row is the first of the first 10 non-blank rows with at least two non-empty cells (title lines
// above it are skipped with a note). Columns are mapped by name, never by position; names are compared with
// accents, case, spacing and punctuation ignored. Two or more columns read for the same field (a repeated
// header, "Nom;Nom", or synonyms, "Nom" and "Raison sociale") are not an error: each row takes the first
// non-empty of them, in the preset's order, and a note names the columns and counts the rows where they held
// different values, so that the user can fix the mapping (Preview shows the note before the import). With the
// SIRENE presets only repeated headers are noted: their other columns feeding one field are designed
// fallbacks.
//
// Presets: PresetSIRENEEtablissement and PresetSIRENEUniteLegale (every column of domain.md §3.5, including
// the newer ones; files joining both are understood), PresetActors (our actors export titles: Nom, Catégorie,
// SIRET, Code NAF, Commune, Code postal, Tranche d'effectifs, Année de création, Fonds levés, Site web,
// Description, Étiquettes or Mots-clés, Fictif, and common synonyms; the CSV and XLSX exports of
// internal/report read back into the same actors), PresetCustom (Options.Mapping chosen by the user).
// PresetAuto detects SIRENE files from their columns and otherwise uses PresetActors.
//
// Values: amounts with fr.ParseAmount (XLSX numeric cells as numbers), dates with fr.ParseDate (XLSX date
// cells as serial numbers), SIRET/SIREN with fr.CheckSIRET/CheckSIREN (a leading zero lost by a spreadsheet is
// restored when the key then checks, and noted; an XLSX number stored in scientific notation,
// "5.0011122400019E+13", is read exactly, with a note, when it is an integer of at most 15 significant digits,
// and refused otherwise, as is scientific notation in text, where the digits are gone), NAF with
// fr.NormalizeNAF (codes of another nomenclature than NAFRev2 are left empty with a note), headcount bands
// checked against dossier.HeadcountBands (code or label; "1" read "01"), "[ND]" (non-diffusible) read as
// empty, closed establishments (etatAdministratifEtablissement F) and ceased units
// (etatAdministratifUniteLegale C) skipped and counted unless Options.KeepClosed, four-digit postcodes completed with a leading 0 (noted). The SIRENE
// name is the first non-empty of denominationUniteLegale, enseigne1Etablissement, denominationUsuelle…,
// prénom + nom, sigle, then Options.NameBySIREN. Categories come from the file, or guessCategory's rule
// (NAF, catégorie juridique, categorieEntreprise), or Options.DefaultCategory. A spreadsheet error value in
// any imported column (an XLSX cell of error type, or a cell whose text is exactly "#REF!", "#NAME?",
// "#VALUE!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", their French Excel forms, or LibreOffice's "Err:5xx", as
// CSV exports write them) is a row error, never data. A row with any error is not imported; every bad cell
// gives one RowError {File, Row, Column, Value, Reason (French)}: a cell already reported (too long, error
// value) gives no second error, such as « nom absent ».
//
// Limits (each a French FileError naming the file, or a RowError; never a panic): text files up to
// DefaultMaxBytes (1 GiB, Options.MaxBytes), workbooks up to DefaultMaxXLSXBytes (100 MiB,
// Options.MaxXLSXBytes; a workbook is held in memory to be unzipped), one CSV record up to MaxRecordBytes
// (16 MiB: an unclosed quote is caught there), header up to MaxColumns (1 024) columns, cells up to
// MaxCellChars (32 767) characters. Empty files, binary files (PDF, images… whatever their name), ZIPs that
// are not workbooks (ODS, DOCX, others), password-protected workbooks (encrypted OLE container), legacy .xls
// files, header-only files (an empty report) are all handled. Messages are French only: the Go error behind
// a FileError (zip, flate, os…) is kept in FileError.Err, for logs and errors.Is, never in the message.
//
// Performance (BenchmarkReadSIRENE100k): a 100 000-row StockEtablissement extract reads in under a second and a
// half with a peak heap under 100 MB; ScanActors streams it with a peak heap of a few MB. A 100 000-row
// workbook (BenchmarkReadXLSX100k) reads in about 2 s.
//
// # Contribution forms
//
//	WriteForm(w, d, partnerID, dossierID) → an XLSX form for one partner (see the comment in form.go).
//	ReadForm(r, name, d, dossierID)       → *FormDiff: Added, Changed, Removed, Unchanged, Conflicts, Errors,
//	                                         Notes. Apply it (store, one undoable step) only when OK().
//
// dossierID is chosen by the caller: stable for a dossier and different between dossiers (e.g. a hash of
// a UUID the store keeps in the dossier file). A form from another dossier, for an unknown partner, of
// another version or with an altered structure is refused (FileError wrapping ErrForm). A form imported twice
// is reconciled: rows the dossier already holds are reported in Notes and not added again; rows changed both
// in the dossier and in the form since it was written are Conflicts. A cell holding a spreadsheet error value
// ("#REF!"…) is a cell error, as in actor lists.
package imports
