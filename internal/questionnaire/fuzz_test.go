package questionnaire

import (
	"bytes"
	"errors"
	"testing"
)

// checkRead is what the fuzzers hold Read to: no panic, and either an *Error
// for the user or a Doc whose locations match its questions and which Write
// writes back (or, for a damaged workbook, refuses with an *Error).
func checkRead(t *testing.T, name string, data []byte) {
	lim := Limits{MaxRows: 2000, MaxCells: 20000}
	doc, err := Read(name, bytes.NewReader(data), lim)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error is not an *Error: %v", err)
		}
		return
	}
	if len(doc.Where) != len(doc.Questions) || len(doc.Questions) == 0 {
		t.Fatalf("%d locations for %d questions", len(doc.Where), len(doc.Questions))
	}
	// Writing back may refuse a workbook the reader tolerated (damaged XML),
	// but only with a message for the user.
	if _, err := Write(&bytes.Buffer{}, doc, fakeItems(doc), WriteOptions{}); err != nil {
		var e *Error
		if !errors.As(err, &e) || doc.Kind != XLSX {
			t.Fatalf("write back: %v", err)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		formulaCSV,
		"ID;Question\nQ1;Do you encrypt data?\n",
		"\xEF\xBB\xBFa\tb\n\"x\ny\"\tz\n",
		"\xFF\xFEI\x00D\x00,\x00Q\x00\n\x00",
		"\"unterminated,quote\nDo you log?\n",
		"caf\xe9,Do you encrypt data at rest?\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, "fuzz.csv", data)
	})
}

func FuzzReadDOCX(f *testing.F) {
	f.Add(buildDOCX(f, para("Do you encrypt data?")))
	f.Add(buildDOCX(f, heading("Access"), tbl([]string{"ID", "Question"}, []string{"<span2>Section"}, []string{"A-1", "Is MFA required?"})))
	f.Add([]byte(`<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/><w:gridSpan w:val="99999"/></w:tcPr></w:tc></w:tr></w:tbl>`))
	f.Add([]byte(`<w:p><w:p><w:t>nested</w:t></w:p><w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:t>Do you?</w:t></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		// Raw XML fragments are wrapped into a document; anything else is read as uploaded.
		if !bytes.HasPrefix(data, magicZip) {
			data = buildDOCX(t, string(data))
		}
		checkRead(t, "fuzz.docx", data)
	})
}

// FuzzReadXLSX reads workbooks and writes them back. Seeds are whole small
// workbooks, as Excel-compatible writers make them; other input is taken as
// the rows of a worksheet (the XML inside <sheetData>), so that mutations
// explore cells, rows and styles inside a valid zip.
func FuzzReadXLSX(f *testing.F) {
	f.Add(workbook(f))
	f.Add([]byte{})
	f.Add(buildXLSX(f, sheetSpec{name: "Q", rows: [][]any{{"ID", "Question", "Answer"}, {"A-1", "Do you encrypt backups?", "Yes"}}, merges: []string{"B3:C3"}}))
	f.Add(buildRawXLSX(f, minimalStyles, rawSheet{name: "S", xml: twoQuestions, extra: `<mergeCells count="1"><mergeCell ref="A4:C4"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="B2:B3"><formula1>"Yes,No"</formula1></dataValidation></dataValidations>`}))
	f.Add(buildRawXLSX(f, "-", rawSheet{name: "S", xml: twoQuestions}))
	f.Add([]byte(twoQuestions))
	f.Add([]byte(`<row r="2" spans="1:3"><c r="A2" t="s"><v>99</v></c><c r="XFD2" s="1"/></row><row/><row r="0"><c r="ZZZZ1"/></row>`))
	f.Add([]byte(`<row r="1"><c r="A1" t="inlineStr"><is><t>Question</t></is></c></row><row r="2"><c t="inlineStr"><is><t>Is MFA on?</t></is></c><c r="B2" t="e"><v>#N/A</v></c></row>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, magicZip) {
			data = buildRawXLSX(t, minimalStyles, rawSheet{name: "S", xml: string(data)})
		}
		checkRead(t, "fuzz.xlsx", data)
	})
}
