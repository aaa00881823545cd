package questionnaire

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/socbot/socbot/internal/triage"
)

// Read reads a questionnaire from r. name is the uploaded file name; its
// extension is a hint only, the content decides the format. Every failure a
// user can act on is an *Error (see UserMessage).
func Read(name string, r io.Reader, lim Limits) (*Doc, error) {
	return ReadContext(context.Background(), name, r, lim)
}

// ReadContext is Read with a context; the read also ends after lim.MaxParseTime.
func ReadContext(ctx context.Context, name string, r io.Reader, lim Limits) (*Doc, error) {
	lim = lim.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, lim.MaxParseTime)
	defer cancel()

	b, err := readFile(name, r, lim)
	if err != nil {
		return nil, err
	}
	doc, err := parse(ctx, name, b, lim)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) && ctx.Err() != nil {
			return nil, timeoutError(ctx)
		}
		return nil, err
	}
	if len(doc.Questions) == 0 {
		return nil, newError(KindEmpty, "No questions found in the file. Put the questions in a column headed \"Question\" and upload it again.", nil)
	}
	if len(doc.Questions) > lim.MaxQuestions {
		return nil, tooMany("questions", lim.MaxQuestions)
	}
	uniqueIDs(doc.Questions)
	return doc, nil
}

// readFile reads a whole file of at most lim.MaxFileSize bytes.
func readFile(name string, r io.Reader, lim Limits) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, lim.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(b)) > lim.MaxFileSize {
		return nil, newError(KindTooLarge, fmt.Sprintf("The file is larger than %s. Split it into smaller files and upload them one by one.", mb(lim.MaxFileSize)), nil)
	}
	return b, nil
}

// sniffer is one entry of the detection table: the first whose match returns
// true reads the file.
type sniffer struct {
	name  string
	match func(b []byte) bool
	read  func(ctx context.Context, name string, b []byte, lim Limits) (*Doc, error)
}

var (
	magicPDF  = []byte("%PDF-")
	magicOLE2 = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	magicZip  = []byte("PK\x03\x04")
	magicZip0 = []byte("PK\x05\x06") // empty archive
)

func sniffers() []sniffer {
	return []sniffer{
		{"empty", func(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }, readEmpty},
		{"pdf", func(b []byte) bool { return bytes.Contains(head(b, 1024), magicPDF) }, readPDF},
		{"ole2", func(b []byte) bool { return bytes.HasPrefix(b, magicOLE2) }, readOLE2},
		{"zip", func(b []byte) bool { return bytes.HasPrefix(b, magicZip) || bytes.HasPrefix(b, magicZip0) }, readZip},
		{"text", func(b []byte) bool { _, ok := decodeText(b); return ok }, readTextual},
	}
}

func parse(ctx context.Context, name string, b []byte, lim Limits) (*Doc, error) {
	for _, s := range sniffers() {
		if s.match(b) {
			return s.read(ctx, name, b, lim)
		}
	}
	return nil, newError(KindUnsupported, "This file type is not supported. Upload the questionnaire as XLSX, CSV, DOCX or TXT.", nil)
}

func readEmpty(context.Context, string, []byte, Limits) (*Doc, error) {
	return nil, newError(KindEmpty, "The file is empty. Upload the questionnaire as XLSX, CSV, DOCX or TXT.", nil)
}

func readPDF(context.Context, string, []byte, Limits) (*Doc, error) {
	return nil, newError(KindPDF, "PDF files cannot be read reliably. Upload the questionnaire as XLSX, CSV, DOCX or TXT.", nil)
}

// readOLE2 explains the Compound File Binary container: either an encrypted
// OOXML file (its directory names the EncryptionInfo stream) or a legacy
// binary .xls/.doc.
func readOLE2(_ context.Context, _ string, b []byte, _ Limits) (*Doc, error) {
	switch {
	case bytes.Contains(b, utf16le("EncryptionInfo")) || bytes.Contains(b, utf16le("EncryptedPackage")):
		return nil, newError(KindEncrypted, "The file is password-protected. Remove the password (File > Info > Protect) and upload it again.", nil)
	case bytes.Contains(b, utf16le("Workbook")) || bytes.Contains(b, utf16le("Book")):
		return nil, newError(KindLegacy, "This is an old Excel 97-2003 (.xls) file. Save it as .xlsx and upload it again.", nil)
	case bytes.Contains(b, utf16le("WordDocument")):
		return nil, newError(KindLegacy, "This is an old Word 97-2003 (.doc) file. Save it as .docx and upload it again.", nil)
	}
	return nil, newError(KindLegacy, "This is an old Office 97-2003 file. Save it as .xlsx or .docx and upload it again.", nil)
}

func readZip(ctx context.Context, name string, b []byte, lim Limits) (*Doc, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, newError(KindCorrupt, "The file looks damaged or incomplete. Open it, save it again and upload the new copy.", err)
	}
	if err := checkZip(zr, lim); err != nil {
		return nil, err
	}
	switch {
	case hasEntry(zr, "xl/workbook.xml"):
		if !hasPrefix(zr, "xl/worksheets/") && hasEntry(zr, "xl/vbaProject.bin") {
			return nil, newError(KindMacroOnly, "The workbook holds macros but no worksheets. Upload the workbook that contains the questions, saved as .xlsx.", nil)
		}
		return readXLSX(ctx, name, b, zr, lim)
	case hasEntry(zr, "word/document.xml"):
		return readDOCX(ctx, name, zr, lim)
	case hasEntry(zr, "ppt/presentation.xml"):
		return nil, newError(KindUnsupported, "Presentations are not supported. Upload the questionnaire as XLSX, CSV, DOCX or TXT.", nil)
	case hasEntry(zr, "mimetype") && hasEntry(zr, "content.xml"):
		return nil, newError(KindUnsupported, "OpenDocument files are not supported. Save it as .xlsx or .docx and upload it again.", nil)
	}
	return nil, newError(KindUnsupported, "This zip file is not an Excel or Word document. Upload the questionnaire as XLSX, CSV, DOCX or TXT.", nil)
}

// readTextual reads CSV/TSV by extension, or by shape when the extension says
// nothing; everything else goes through the text splitter.
func readTextual(ctx context.Context, name string, b []byte, lim Limits) (*Doc, error) {
	text, _ := decodeText(b)
	if !strings.Contains(text, "\n") {
		// Old Mac line endings: a lone CR ends each line.
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".csv":
		return readCSV(ctx, name, text, 0, lim)
	case ".tsv", ".tab":
		return readCSV(ctx, name, text, '\t', lim)
	case ".txt", ".text", ".md", ".markdown":
		return readText(ctx, name, text, lim)
	default:
		if looksTabular(text) {
			return readCSV(ctx, name, text, 0, lim)
		}
		return readText(ctx, name, text, lim)
	}
}

func head(b []byte, n int) []byte {
	if len(b) < n {
		return b
	}
	return b[:n]
}

func utf16le(s string) []byte {
	out := make([]byte, 0, 2*len(s))
	for _, c := range []byte(s) {
		out = append(out, c, 0)
	}
	return out
}

func mb(n int64) string { return fmt.Sprintf("%d MB", n>>20) }

func tooMany(what string, max int) *Error {
	return newError(KindTooLarge, fmt.Sprintf("The file has more than %d %s. Split it into smaller files and upload them one by one.", max, what), nil)
}

func timeoutError(ctx context.Context) *Error {
	return newError(KindTimeout, "Reading the file took too long. Split it into smaller files and upload them one by one.", ctx.Err())
}

// uniqueIDs makes question ids unique by suffixing repeats: "IAM-01", "IAM-01#2".
func uniqueIDs(qs []triage.Question) {
	seen := make(map[string]int, len(qs))
	for i := range qs {
		id := qs[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			for {
				cand := fmt.Sprintf("%s#%d", id, n)
				if seen[cand] == 0 {
					qs[i].ID = cand
					seen[cand] = 1
					break
				}
				n++
			}
		}
	}
}
