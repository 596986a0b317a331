package imports

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// englishDetail lists fragments of Go error texts that must never reach a user message.
var englishDetail = []string{"zip:", "flate", "EOF", "not a valid", "no such file", "permission denied", "checksum",
	"open ", "invalid", "unexpected"}

// Fatal messages are French only: the Go cause is kept in the wrapped error (for logs), not in the message.
func TestFileErrorsHaveNoGoDetail(t *testing.T) {
	whole := xlsxFixture(t)
	// A sheet whose deflate stream breaks after its second row: the rows read, then decompression fails.
	rows := `<row r="1">` + is("A1", "Nom") + is("B1", "Commune") + `</row><row r="2">` + is("A2", "Alpha") +
		is("B2", "Metz") + `</row>`
	src := sheetWorkbook(t, rows)
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name != "xl/worksheets/sheet1.xml" {
			w, _ := zw.Create(f.Name)
			w.Write(body)
			continue
		}
		var raw bytes.Buffer
		fw, _ := flate.NewWriter(&raw, flate.DefaultCompression)
		fw.Write(body[:bytes.Index(body, []byte("</row><row"))+len("</row>")+len(rows)/2])
		fw.Flush()
		raw.Write(bytes.Repeat([]byte{0xff}, 64)) // not deflate
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Deflate,
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: uint64(len(body))})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(raw.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	corrupt := buf.Bytes()

	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		data  []byte // nil: no such file
		kind  error
		cause func(error) bool // the Go error kept in the chain
		msg   string
	}{
		{"tronque.xlsx", whole[:len(whole)/2], ErrNotSpreadsheet, func(err error) bool { return errors.Is(err, zip.ErrFormat) },
			"Fichier « tronque.xlsx » : archive ZIP endommagée ou incomplète (fichier tronqué par une copie ou un " +
				"téléchargement interrompu ?) ; enregistrez-le à nouveau depuis le tableur"},
		{"abime.xlsx", corrupt, ErrUnreadable, func(err error) bool { var c flate.CorruptInputError; return errors.As(err, &c) },
			"Fichier « abime.xlsx » : feuille « Feuil1 » illisible après la ligne 2 : elle est endommagée ; ouvrez " +
				"le classeur dans le tableur et enregistrez-le à nouveau"},
		{"absent.csv", nil, ErrUnreadable, func(err error) bool { return errors.Is(err, fs.ErrNotExist) },
			"Fichier « absent.csv » : fichier introuvable (déplacé, renommé ou supprimé ?)"},
	} {
		p := filepath.Join(dir, tc.name)
		if tc.data != nil {
			if err := os.WriteFile(p, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := ReadActorsFile(p, Options{})
		if rep != nil || err == nil || err.Error() != tc.msg || !errors.Is(err, tc.kind) ||
			!tc.cause(err) {
			t.Errorf("%s: err = %#v\nwant %q (kind %v)", tc.name, err, tc.msg, tc.kind)
			continue
		}
		if fe := (*FileError)(nil); !errors.As(err, &fe) || fe.Err == nil {
			t.Errorf("%s: no cause kept for the logs: %#v", tc.name, err)
		}
		for _, e := range englishDetail {
			if strings.Contains(err.Error(), e) {
				t.Errorf("%s: message %q contains %q", tc.name, err.Error(), e)
			}
		}
	}
}

// The same for a returned contribution form cut short.
func TestFormErrorsHaveNoGoDetail(t *testing.T) {
	d := formDossier()
	form := writeTestForm(t, d)
	_, err := ReadForm(bytes.NewReader(form[:len(form)/2]), "coupe.xlsx", d, testDossierID)
	const want = "Fichier « coupe.xlsx » : classeur XLSX illisible : sa structure interne est endommagée ; " +
		"ouvrez-le dans le tableur et enregistrez-le à nouveau"
	var fe *FileError
	if err == nil || err.Error() != want || !errors.Is(err, ErrNotSpreadsheet) || !errors.As(err, &fe) || fe.Err == nil {
		t.Errorf("err = %v\nwant %q", err, want)
	}
}
