package questionnaire_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/socbot/socbot/internal/questionnaire"
)

// The limits the bot and the CLI apply (Limits{}), as a user meets them: a document
// that unpacks to more than 100 MB, or lists more than 2,000 parts, is refused before
// anything is inflated; one just under either limit is read.
func TestDefaultZipLimits(t *testing.T) {
	t.Parallel()
	const mib = 1 << 20
	tests := []struct {
		name      string
		parts     int   // extra parts besides the document itself
		partSize  int64 // declared uncompressed size of each extra part
		wantBomb  bool
		wantWhole bool
	}{
		{"90 MB unpacked is read", 9, 10 * mib, false, true},
		{"110 MB unpacked is refused", 11, 10 * mib, true, false},
		{"1,990 parts are read", 1988, 10, false, true},
		{"2,010 parts are refused", 2008, 10, true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			b := docxWithParts(t, tc.parts, tc.partSize)
			doc, err := questionnaire.Read("q.docx", bytes.NewReader(b), questionnaire.Limits{})
			var e *questionnaire.Error
			isBomb := errors.As(err, &e) && e.Kind == questionnaire.KindZipBomb
			if isBomb != tc.wantBomb {
				t.Fatalf("Read: err = %v, want a zip-bomb refusal: %v", err, tc.wantBomb)
			}
			if tc.wantWhole && (err != nil || len(doc.Questions) != 1) {
				t.Fatalf("Read = %v, %v; want the one question", doc, err)
			}
		})
	}
}

// docxWithParts is a one-question DOCX carrying n extra media parts, each declaring
// size bytes uncompressed (and a fiftieth of that compressed, a ratio real images
// reach). The parts' data is never inflated, so it is not written out in full.
func docxWithParts(t *testing.T, n int, size int64) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Do you encrypt customer data at rest?</w:t></w:r></w:p></w:body></w:document>`},
	} {
		w, err := zw.Create(p.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		comp := max(size/50, 1)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: fmt.Sprintf("word/media/image%d.png", i),
			Method: zip.Deflate, CompressedSize64: uint64(comp), UncompressedSize64: uint64(size)})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(make([]byte, comp)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
