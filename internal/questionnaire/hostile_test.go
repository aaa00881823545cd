package questionnaire

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// rawSheet is one worksheet of a workbook built from raw XML, for inputs
// excelize would not write: cells far to the right, rows styled to the last
// column, oversized cells, missing or broken style parts.
type rawSheet struct {
	name   string
	xml    string // the <sheetData> content
	extra  string // after </sheetData>: mergeCells, dataValidations, …
	hidden bool
	store  bool // stored uncompressed in the zip
}

// buildRawXLSX assembles a workbook part by part. styles is the content of
// xl/styles.xml; "-" leaves the part out.
func buildRawXLSX(t testing.TB, styles string, sheets ...rawSheet) []byte {
	t.Helper()
	entries, stored := map[string]string{}, map[string]bool{}
	order := []string{"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"}
	var ct, wb, rels strings.Builder
	ct.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`)
	wb.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>`)
	rels.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, s := range sheets {
		part := fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)
		fmt.Fprintf(&ct, `<Override PartName="/%s" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`, part)
		state := ""
		if s.hidden {
			state = ` state="hidden"`
		}
		fmt.Fprintf(&wb, `<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>`, xmlEscape(s.name), i+1, state, i+1)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>`, i+1, i+1)
		entries[part] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>` + s.xml + `</sheetData>` + s.extra + `</worksheet>`
		order = append(order, part)
		stored[part] = s.store
	}
	if styles != "-" {
		ct.WriteString(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`, len(sheets)+1)
		entries["xl/styles.xml"] = styles
		order = append(order, "xl/styles.xml")
	}
	ct.WriteString(`</Types>`)
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	entries["[Content_Types].xml"] = ct.String()
	entries["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
	entries["xl/workbook.xml"] = wb.String()
	entries["xl/_rels/workbook.xml.rels"] = rels.String()
	return buildZipStoring(t, entries, stored, order...)
}

// inlineCell is a string cell at ref ("A1") with an optional style.
func inlineCell(ref, text string, style int) string {
	s := ""
	if style > 0 {
		s = fmt.Sprintf(` s="%d"`, style)
	}
	return fmt.Sprintf(`<c r="%s"%s t="inlineStr"><is><t>%s</t></is></c>`, ref, s, xmlEscape(text))
}

// minimalStyles has one font, fill pair, border and cell format: the least a
// styles part needs.
const minimalStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="1" borderId="0" xfId="0" applyFill="1"/></cellXfs></styleSheet>`

// farRightRows is "a question in column A and an x in column XFD" on n rows.
func farRightRows(n int) string {
	var b strings.Builder
	for r := 1; r <= n; r++ {
		fmt.Fprintf(&b, `<row r="%d">%s%s</row>`, r, inlineCell(fmt.Sprintf("A%d", r), fmt.Sprintf("Do you encrypt backups of system %d?", r), 0), inlineCell(fmt.Sprintf("XFD%d", r), "x", 0))
	}
	return b.String()
}

// styledEmptyRows is n rows whose only cells are empty and styled, in the
// first and the last column, under two questions.
func styledEmptyRows(n int) string {
	var b strings.Builder
	b.WriteString(`<row r="1">` + inlineCell("A1", "Question", 0) + `</row>`)
	b.WriteString(`<row r="2">` + inlineCell("A2", "Do you encrypt backups?", 0) + `</row>`)
	b.WriteString(`<row r="3">` + inlineCell("A3", "Is MFA enforced for remote access?", 0) + `</row>`)
	for r := 4; r < 4+n; r++ {
		fmt.Fprintf(&b, `<row r="%d" spans="1:16384" s="1" customFormat="1"><c r="A%d" s="1"/><c r="XFD%d" s="1"/></row>`, r, r, r)
	}
	return b.String()
}

// bigCellRows is a header and one question whose cell holds about n bytes.
func bigCellRows(n int) string {
	return `<row r="1">` + inlineCell("A1", "Question", 0) + `</row><row r="2">` +
		inlineCell("A2", "Do you "+strings.Repeat("encrypt backups and ", n/20)+"?", 0) + `</row>`
}

// twoQuestions is a header and two questions in column A.
const twoQuestions = `<row r="1"><c r="A1" t="inlineStr"><is><t>Question</t></is></c></row>` +
	`<row r="2"><c r="A2" t="inlineStr"><is><t>Do you encrypt backups?</t></is></c></row>` +
	`<row r="3"><c r="A3" t="inlineStr"><is><t>Is MFA enforced for remote access?</t></is></c></row>`

// manyParagraphs is a DOCX body of n short numbered paragraphs.
func manyParagraphs(n int) string {
	b := make([]byte, 0, n*40)
	for i := 0; i < n; i++ {
		b = append(b, "<w:p><w:r><w:t>Item "...)
		b = strconv.AppendInt(b, int64(i), 10)
		b = append(b, "</w:t></w:r></w:p>"...)
	}
	return string(b)
}

// wideTable is a Word table whose first row holds n cells each spanning span
// columns, over rows one-cell questions.
func wideTable(n, span, rows int) string {
	var b strings.Builder
	b.WriteString("<w:tbl><w:tr>")
	for range n {
		fmt.Fprintf(&b, `<w:tc><w:tcPr><w:gridSpan w:val="%d"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc>`, span)
	}
	b.WriteString("</w:tr>")
	for i := range rows {
		fmt.Fprintf(&b, "<w:tr><w:tc><w:p><w:r><w:t>Do you encrypt backups of system %d?</w:t></w:r></w:p></w:tc></w:tr>", i)
	}
	b.WriteString("</w:tbl>")
	return b.String()
}

// TestHostileInputsStayBounded reads, and where it reads writes back, inputs
// that once took gigabytes or panicked. Each must end with an answer or one
// *Error, never a panic, and allocate at most its ceiling in total (Go's own
// TotalAlloc counter, which bounds the peak heap from above). The ceilings are
// checked without the race detector only (see race_on_test.go); .ci/run runs this
// package once without -race for them. Not parallel: the counter is process-wide.
func TestHostileInputsStayBounded(t *testing.T) {
	const mb = 1 << 20
	cases := []struct {
		name    string
		file    string
		in      func(testing.TB) []byte
		kind    ErrorKind // "" when the file must read and write back
		ceiling uint64    // bytes allocated by read and write together
	}{
		{"question in A, x in XFD, 500 rows", "far.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: farRightRows(500)})
		}, KindTooLarge, 8 * mb},
		{"question in A, x in XFD, 2000 rows", "far.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: farRightRows(2000)})
		}, KindTooLarge, 8 * mb},
		{"300 empty rows styled to XFD", "styled.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: strings.SplitN(styledEmptyRows(300), "</row>", 4)[3]})
		}, KindEmpty, 8 * mb},
		{"two questions over 300 empty rows styled to XFD", "styled.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: styledEmptyRows(300)})
		}, "", 8 * mb},
		{"one 2.8 MB cell", "big.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: bigCellRows(2_800_000), store: true})
		}, "", 128 * mb}, // about 60 MB; 100 MB under the race detector
		{"no styles part", "nostyles.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, "-", rawSheet{name: "S", xml: twoQuestions})
		}, "", 4 * mb},
		{"empty styles part", "emptystyles.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, "", rawSheet{name: "S", xml: twoQuestions})
		}, "", 4 * mb},
		{"styles without fonts", "nofonts.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, strings.Replace(minimalStyles, `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>`, "", 1), rawSheet{name: "S", xml: twoQuestions})
		}, "", 4 * mb},
		{"styles without cell formats", "noxfs.xlsx", func(t testing.TB) []byte {
			s := minimalStyles[:strings.Index(minimalStyles, "<cellXfs")] + "</styleSheet>"
			return buildRawXLSX(t, s, rawSheet{name: "S", xml: twoQuestions})
		}, "", 4 * mb},
		{"styles with empty lists", "emptylists.xlsx", func(t testing.TB) []byte {
			return buildRawXLSX(t, `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="0"/><fills/><borders></borders><cellXfs count="0"></cellXfs></styleSheet>`, rawSheet{name: "S", xml: twoQuestions})
		}, "", 4 * mb},
		{"600,000 short DOCX paragraphs", "many.docx", func(t testing.TB) []byte {
			return buildDOCX(t, manyParagraphs(600_000))
		}, KindTooLarge, 96 * mb},
		{"19 MB CSV: a question and 999 empty fields a row", "wide.csv", func(t testing.TB) []byte {
			return []byte(strings.Repeat("Do you encrypt backups?"+strings.Repeat(",", 999)+"\n", 19_000))
		}, KindTooLarge, 128 * mb}, // too many questions, once read: about 100 MB, most of it the file and its text; 410 MB when every empty field was held
		{"19 MB CSV: a question and an x 999 fields to its right", "far.csv", func(t testing.TB) []byte {
			return []byte(strings.Repeat("Do you encrypt backups?"+strings.Repeat(",", 999)+"x\n", 19_000))
		}, KindTooLarge, 128 * mb}, // more cells held than ten times the filled ones
		{"27 KB DOCX: a table row 192,000 columns wide over 8,000 questions", "wide.docx", func(t testing.TB) []byte {
			return buildDOCX(t, wideTable(3000, 64, 8000))
		}, KindTooLarge, 16 * mb}, // 23 s of analysis and 74 MB before the column limit applied to Word tables
		{"DOCX table cell of five 30,000-character paragraphs", "longcell.docx", func(t testing.TB) []byte {
			long := strings.Repeat("encrypt backups and ", 1500)
			cell := strings.Repeat("<w:p><w:r><w:t>Do you "+long+"?</w:t></w:r></w:p>", 5)
			return buildDOCX(t, "<w:tbl><w:tr><w:tc>"+para("ID")+"</w:tc><w:tc>"+para("Question")+"</w:tc></w:tr><w:tr><w:tc>"+para("A-1")+"</w:tc><w:tc>"+cell+"</w:tc></w:tr></w:tbl>")
		}, "", 32 * mb},
		{"9.9 MB one-line text", "line.txt", func(t testing.TB) []byte {
			return []byte("Do you " + strings.Repeat("encrypt backups and ", 9_900_000/20) + "?")
		}, "", 128 * mb},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := c.in(t)
			var doc *Doc
			var err, werr error
			alloc := allocated(func() {
				doc, err = Read(c.file, bytes.NewReader(in), Limits{})
				if err == nil {
					_, werr = Write(io.Discard, doc, fakeItems(doc), WriteOptions{})
				}
			})
			if c.kind != "" {
				var e *Error
				if !errors.As(err, &e) || e.Kind != c.kind {
					t.Fatalf("err = %v, want kind %s", err, c.kind)
				}
				if strings.Contains(e.Msg, "\n") {
					t.Errorf("message is not one line: %q", e.Msg)
				}
			} else {
				if err != nil {
					t.Fatalf("read: %v", err)
				}
				if werr != nil {
					t.Fatalf("write back: %v", werr)
				}
				for _, q := range doc.Questions {
					if n := utf8.RuneCountInString(q.Text); n > MaxCellChars {
						t.Errorf("question %s is %d characters, over %d", q.ID, n, MaxCellChars)
					}
				}
			}
			t.Logf("%d bytes in, %.1f MB allocated", len(in), float64(alloc)/mb)
			if raceDetector {
				return // pooled state is not reused under -race; .ci/run checks ceilings without it
			}
			if alloc > c.ceiling {
				t.Errorf("allocated %.1f MB, ceiling %.1f MB", float64(alloc)/mb, float64(c.ceiling)/mb)
			}
		})
	}
}

// allocated returns the bytes the Go runtime allocated while fn ran.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
