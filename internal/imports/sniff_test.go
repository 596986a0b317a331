package imports

import (
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestSniff(t *testing.T) {
	u16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("Nom;Commune\r\nA;B\r\n"))
	u16be, _ := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("Nom,Commune\nA,B\n"))
	for _, tc := range []struct {
		name string
		in   string
		want Sniffed
	}{
		{"empty", "", Sniffed{Kind: KindEmpty}},
		{"spaces", " \r\n ", Sniffed{Kind: KindEmpty}},
		{"bom only", "\xef\xbb\xbf", Sniffed{Kind: KindEmpty}},
		{"xlsx", "PK\x03\x04\x14\x00\x06\x00", Sniffed{Kind: KindZIP}},
		{"cfb", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", Sniffed{Kind: KindCFB}},
		{"pdf", "%PDF-1.4\n", Sniffed{Kind: KindBinary, What: "un document PDF"}},
		{"nul", "Nom;Commune\n\x00\x01\x02A;B", Sniffed{Kind: KindBinary, What: "un fichier binaire"}},
		// French Excel: ";" with decimal commas inside the values.
		{"semicolon decimals", "Nom;Fonds levés;Commune\nA;1 234,56;Metz\nB;12,5;Nancy\n",
			Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ';'}},
		{"comma quoted semicolons", "Nom,Description\n\"A\",\"x;y;z;w\"\n\"B\",\"u\"\n",
			Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ','}},
		{"tab", "Nom\tCommune\tCP\nA\tB\t57000\n", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: '\t'}},
		{"pipe", "Nom|Commune\nA, SAS|Metz\nB, SARL|Nancy\n", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: '|'}},
		{"one column", "Nom\nA\nB\n", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ';'}},
		{"sep line", "sep=,\nNom;x,Commune\n", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ',', SepLine: true}},
		{"bom", "\xef\xbb\xbfNom;Commune\n", Sniffed{Kind: KindText, Encoding: EncUTF8BOM, BOMLen: 3, Delimiter: ';'}},
		{"utf16le bom", "\xff\xfe" + string(u16le), Sniffed{Kind: KindText, Encoding: EncUTF16LE, BOMLen: 2, Delimiter: ';'}},
		{"utf16be bom", "\xfe\xff" + string(u16be), Sniffed{Kind: KindText, Encoding: EncUTF16BE, BOMLen: 2, Delimiter: ','}},
		{"utf16le no bom", string(u16le), Sniffed{Kind: KindText, Encoding: EncUTF16LE, Delimiter: ';'}},
		{"utf16be no bom", string(u16be), Sniffed{Kind: KindText, Encoding: EncUTF16BE, Delimiter: ','}},
		{"mac cr", "Nom;Commune\rA;B\rC;D\r", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ';', CROnly: true}},
		{"windows-1252", "Nom;Commune\nCaf\xe9;\xc9pinal\n", Sniffed{Kind: KindText, Encoding: EncWindows1252, Delimiter: ';'}},
		// A UTF-8 rune cut by the end of the head is still UTF-8.
		{"cut rune", "Nom;Commune\nÉcole;Épinal\n\xc3", Sniffed{Kind: KindText, Encoding: EncUTF8, Delimiter: ';'}},
	} {
		if got := Sniff([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: Sniff = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestPreviewFileXLSX(t *testing.T) {
	pv, err := PreviewFile(writeFile(t, "annuaire.xlsx", xlsxFixture(t)), 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if pv.Source.Sheet != "Acteurs" || len(pv.Source.Sheets) != 4 || pv.HeaderRow != 3 || pv.Preset != PresetActors ||
		len(pv.Rows) != 1 || pv.Rows[0][0] != "Xilopix" || pv.RowNumbers[0] != 4 || pv.Mapping["Fonds levés"] != FieldFunds {
		t.Errorf("preview %+v", pv)
	}
}
