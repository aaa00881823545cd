package questionnaire

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// TestPatchSheet pins how answer cells are spliced into worksheet XML: byte
// for byte around them, whatever the sheet's prefix, column list or row shapes.
func TestPatchSheet(t *testing.T) {
	t.Parallel()
	// Two answer columns, C and D, on rows 1 (header) and 3.
	p := &sheetPatch{first: 3, last: 4, widths: []float64{14, 9}, head: 1,
		rows: map[int][]string{1: {"SOC report", "Type"}, 3: {"SOC 2", "Type 2"}}, order: []int{1, 3}}
	st := cellStyles{head: 5, body: 6}
	hd := `<c r="C1" s="5" t="inlineStr"><is><t xml:space="preserve">SOC report</t></is></c><c r="D1" s="5" t="inlineStr"><is><t xml:space="preserve">Type</t></is></c>`
	r3 := `<c r="C3" s="6" t="inlineStr"><is><t xml:space="preserve">SOC 2</t></is></c><c r="D3" s="6" t="inlineStr"><is><t xml:space="preserve">Type 2</t></is></c>`
	cols := `<col min="3" max="3" width="14" customWidth="1"/><col min="4" max="4" width="9" customWidth="1"/>`
	ws := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`
	for _, c := range []struct{ name, in, want string }{
		{"plain rows, no column list",
			ws + `<dimension ref="A1:B3"/><sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3" s="2"><v>2</v></c></row></sheetData></worksheet>`,
			ws + `<dimension ref="A1:D3"/><cols>` + cols + `</cols><sheetData><row r="1"><c r="A1"><v>1</v></c>` + hd + `</row><row r="3"><c r="B3" s="2"><v>2</v></c>` + r3 + `</row></sheetData></worksheet>`},
		{"header row missing, row 3 self-closing",
			ws + `<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="3" s="4" customFormat="1"/></sheetData></worksheet>`,
			ws + `<cols>` + cols + `</cols><sheetData><row r="1">` + hd + `</row><row r="2"><c r="A2"><v>1</v></c></row><row r="3" s="4" customFormat="1">` + r3 + `</row></sheetData></worksheet>`},
		{"a column format over the answer columns is split around them",
			ws + `<cols><col min="1" max="16384" width="5" style="3"/></cols><sheetData><row r="1"/><row r="3"/></sheetData></worksheet>`,
			ws + `<cols><col min="1" max="2" width="5" style="3"/>` + cols + `<col min="5" max="16384" width="5" style="3"/></cols><sheetData><row r="1">` + hd + `</row><row r="3">` + r3 + `</row></sheetData></worksheet>`},
		{"cells already in the answer columns are replaced, later ones kept after",
			ws + `<sheetData><row r="1"/><row r="3"><c r="A3"/><c r="C3" t="inlineStr"><is><t>old</t></is></c><c r="D3" s="1"/><c r="XFD3" s="1"/></row></sheetData></worksheet>`,
			ws + `<cols>` + cols + `</cols><sheetData><row r="1">` + hd + `</row><row r="3"><c r="A3"/>` + r3 + `<c r="XFD3" s="1"/></row></sheetData></worksheet>`},
		{"rows and cells without references",
			ws + `<sheetData><row><c><v>1</v></c></row><row/><row><c/><c/><c><v>x</v></c></row></sheetData></worksheet>`,
			ws + `<cols>` + cols + `</cols><sheetData><row><c><v>1</v></c>` + hd + `</row><row/><row><c/><c/>` + r3 + `</row></sheetData></worksheet>`},
		{"empty sheet data",
			ws + `<sheetData/></worksheet>`,
			ws + `<cols>` + cols + `</cols><sheetData><row r="1">` + hd + `</row><row r="3">` + r3 + `</row></sheetData></worksheet>`},
		{"a namespace prefix is kept on every added element",
			`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"/><x:row r="3"></x:row></x:sheetData></x:worksheet>`,
			`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:cols>` + strings.ReplaceAll(cols, "<col", "<x:col") + `</x:cols><x:sheetData><x:row r="1">` +
				prefixed(hd) + `</x:row><x:row r="3">` + prefixed(r3) + `</x:row></x:sheetData></x:worksheet>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := patchSheet(&out, strings.NewReader(c.in), p, st); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != c.want {
				t.Errorf("mismatch\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

// prefixed puts the x: prefix on the cell elements of s.
func prefixed(s string) string {
	for _, e := range []string{"c", "is", "t"} {
		s = strings.ReplaceAll(s, "<"+e+" ", "<x:"+e+" ")
		s = strings.ReplaceAll(s, "<"+e+">", "<x:"+e+">")
		s = strings.ReplaceAll(s, "</"+e+">", "</x:"+e+">")
	}
	return s
}

// TestAfterSheetData: the merged ranges and drop-downs after the cells are
// found by skipping the cells unparsed, whatever their size, prefix or the
// chunk boundary the closing tag falls on.
func TestAfterSheetData(t *testing.T) {
	t.Parallel()
	for _, pad := range []int{0, 1, 65536 - 20, 65536 - 5, 200000} {
		for _, p := range []string{"", "x:"} {
			in := "<" + p + "worksheet><" + p + "sheetData><" + p + "row>" + strings.Repeat("y", pad) + "</" + p + "row></" + p + "sheetData>" +
				"<" + p + "mergeCells><" + p + `mergeCell ref="A1:B1"/></` + p + "mergeCells></" + p + "worksheet>"
			rest, _ := io.ReadAll(afterSheetData(strings.NewReader(in)))
			if want := "<" + p + "mergeCells>"; !strings.HasPrefix(string(rest), want) {
				t.Errorf("pad %d prefix %q: rest starts %q", pad, p, string(rest[:min(len(rest), 30)]))
			}
		}
	}
	rest, _ := io.ReadAll(afterSheetData(strings.NewReader(`<worksheet><sheetData/><mergeCells/></worksheet>`)))
	if string(rest) != `<mergeCells/></worksheet>` {
		t.Errorf("empty sheet data: rest %q", rest)
	}
}
