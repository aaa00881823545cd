package questionnaire

import (
	"bytes"
	"errors"
	"testing"
)

// checkRead is what the fuzzers hold Read to: no panic, and either an *Error
// for the user or a Doc whose locations match its questions and which Write
// can write back.
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
	if _, err := Write(&bytes.Buffer{}, doc, fakeItems(doc), WriteOptions{}); err != nil {
		t.Fatalf("write back: %v", err)
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
