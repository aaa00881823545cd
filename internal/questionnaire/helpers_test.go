package questionnaire

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// sheetSpec describes one worksheet a test builds.
type sheetSpec struct {
	name     string
	rows     [][]any           // from A1 down
	merges   []string          // "A5:F5"
	lists    []string          // ranges with a Yes/No/N/A drop-down: "C5:C20"
	formulas map[string]string // cell → formula, written over the row values
	hidden   bool
}

// buildXLSX writes a workbook with excelize, the way real questionnaires are made.
func buildXLSX(t testing.TB, sheets ...sheetSpec) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			cell, _ := excelize.CoordinatesToCellName(1, r+1)
			if err := f.SetSheetRow(s.name, cell, &row); err != nil {
				t.Fatal(err)
			}
		}
		for _, sq := range s.lists {
			dv := excelize.NewDataValidation(true)
			dv.Sqref = sq
			if err := dv.SetDropList([]string{"Yes", "No", "N/A"}); err != nil {
				t.Fatal(err)
			}
			if err := f.AddDataValidation(s.name, dv); err != nil {
				t.Fatal(err)
			}
		}
		for cell, fm := range s.formulas {
			if err := f.SetCellFormula(s.name, cell, fm); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range s.merges {
			a, b, _ := strings.Cut(m, ":")
			if err := f.MergeCell(s.name, a, b); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, s := range sheets {
		if s.hidden {
			if err := f.SetSheetVisible(s.name, false); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// buildZip writes entries (name → content) into a zip archive, deflated at
// the fastest level.
func buildZip(t testing.TB, entries map[string]string, order ...string) []byte {
	return buildZipStoring(t, entries, nil, order...)
}

// buildZipStoring is buildZip with the entries named in stored left
// uncompressed.
func buildZipStoring(t testing.TB, entries map[string]string, stored map[string]bool, order ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, name := range order {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		if stored[name] {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(entries[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxBody is the WordprocessingML of a body; p and tbl help build it.
func buildDOCX(t testing.TB, body ...string) []byte {
	t.Helper()
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Join(body, "") + `</w:body></w:document>`
	return buildZip(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml":   doc,
	}, "[Content_Types].xml", "word/document.xml")
}

func para(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + xmlEscape(text) + `</w:t></w:r></w:p>`
}

func heading(text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>` + xmlEscape(text) + `</w:t></w:r></w:p>`
}

// tbl builds a table; a cell "<span2>text" spans two columns.
func tbl(rows ...[]string) string {
	var b strings.Builder
	b.WriteString("<w:tbl>")
	for _, r := range rows {
		b.WriteString("<w:tr>")
		for _, c := range r {
			pr := ""
			if rest, ok := strings.CutPrefix(c, "<span"); ok {
				var n int
				fmt.Sscanf(rest, "%d>", &n)
				c = rest[strings.IndexByte(rest, '>')+1:]
				pr = fmt.Sprintf(`<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>`, n)
			}
			b.WriteString("<w:tc>" + pr + para(c) + "</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

func xmlEscape(s string) string {
	var b bytes.Buffer
	if err := xmlEscapeTo(&b, s); err != nil {
		panic(err)
	}
	return b.String()
}

func xmlEscapeTo(b *bytes.Buffer, s string) error { return xml.EscapeText(b, []byte(s)) }
