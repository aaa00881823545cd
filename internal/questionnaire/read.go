package questionnaire

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	doc, err := withFile(ctx, name, r, lim, questionnaireFiles, readDoc)
	if err != nil {
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

// readDoc reads the questions of a recognised file.
func readDoc(ctx context.Context, f *file, lim Limits) (*Doc, error) {
	switch f.kind {
	case XLSX:
		return readXLSX(ctx, f, lim)
	case DOCX:
		return readDOCX(ctx, f.name, f.zr, lim)
	}
	return readTextual(ctx, f.name, f.text, lim)
}

// accepts names the formats an entry point reads, for the messages that
// refuse a file.
type accepts struct {
	noun  string // what the file should be: "the questionnaire"
	holds string // what the right sheet holds: "the questions"
	list  string // "XLSX, CSV, DOCX or TXT"
	saves string // what to save an Office file as: ".xlsx or .docx"
	docx  bool   // Word documents are read
}

var (
	questionnaireFiles = accepts{noun: "the questionnaire", holds: "the questions", list: "XLSX, CSV, DOCX or TXT", saves: ".xlsx or .docx", docx: true}
	tableFiles         = accepts{noun: "the table", holds: "the table", list: "XLSX or CSV", saves: ".xlsx"}
)

// upload is the sentence that ends a refusal: "Upload the questionnaire as XLSX, CSV, DOCX or TXT."
func (a accepts) upload() string { return "Upload " + a.noun + " as " + a.list + "." }

// file is an upload read whole and recognised by its content: a workbook or a
// Word document (with its zip directory checked), or text (decoded).
type file struct {
	name string
	b    []byte
	kind Kind        // XLSX, DOCX, or Text for any decoded text (CSV or not)
	zr   *zip.Reader // XLSX, DOCX
	text string      // Text: decoded to UTF-8, old Mac line endings turned into line feeds
}

// withFile is the setup every entry point shares: it reads r whole within
// lim.MaxFileSize, recognises the content (refusing empty files, PDFs,
// encrypted and legacy Office files, damaged zips, zip bombs and other types
// with the same messages everywhere) and calls read, all within
// lim.MaxParseTime. A failure that is not an *Error once the time is up is
// reported as the timeout.
func withFile[T any](ctx context.Context, name string, r io.Reader, lim Limits, acc accepts, read func(context.Context, *file, Limits) (T, error)) (T, error) {
	var zero T
	lim = lim.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, lim.MaxParseTime)
	defer cancel()
	b, err := readFile(name, r, lim)
	if err != nil {
		return zero, err
	}
	f, err := recognise(name, b, lim, acc)
	if err != nil {
		return zero, err
	}
	out, err := read(ctx, f, lim)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) && ctx.Err() != nil {
			return zero, timeoutError(ctx)
		}
		return zero, err
	}
	return out, nil
}

// readFile reads a whole file of at most lim.MaxFileSize bytes. A reader
// that knows its length (the bytes.Reader the bot and the CLI pass, an
// os.File) is read into a buffer of that size, so that a large file is not
// copied again and again while the buffer grows.
func readFile(name string, r io.Reader, lim Limits) ([]byte, error) {
	size := int64(512)
	switch s := r.(type) {
	case interface{ Len() int }:
		size = int64(s.Len()) + 1
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := s.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size() + 1
		}
	}
	b, err := readAll(io.LimitReader(r, lim.MaxFileSize+1), min(max(size, 512), lim.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(b)) > lim.MaxFileSize {
		return nil, TooLarge(lim.MaxFileSize)
	}
	return b, nil
}

// readAll is io.ReadAll into a buffer of n bytes to begin with.
func readAll(r io.Reader, n int64) ([]byte, error) {
	b := make([]byte, 0, n)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		k, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+k]
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

var (
	magicPDF  = []byte("%PDF-")
	magicOLE2 = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	magicZip  = []byte("PK\x03\x04")
	magicZip0 = []byte("PK\x05\x06") // empty archive
)

// recognise decides what b is by its content, in this order: empty, PDF,
// an OLE2 container (encrypted or legacy Office), a zip (workbook or Word
// document), text. Anything else, and every kind acc does not read, is
// refused with an *Error.
func recognise(name string, b []byte, lim Limits, acc accepts) (*file, error) {
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return nil, newError(KindEmpty, "The file is empty. "+acc.upload(), nil)
	case bytes.Contains(head(b, 1024), magicPDF):
		return nil, newError(KindPDF, "PDF files cannot be read reliably. "+acc.upload(), nil)
	case bytes.HasPrefix(b, magicOLE2):
		return nil, ole2Error(b, acc)
	case bytes.HasPrefix(b, magicZip) || bytes.HasPrefix(b, magicZip0):
		return openZip(name, b, lim, acc)
	}
	text, ok := decodeText(b)
	if !ok {
		return nil, newError(KindUnsupported, "This file type is not supported. "+acc.upload(), nil)
	}
	if !strings.Contains(text, "\n") {
		// Old Mac line endings: a lone CR ends each line.
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return &file{name: name, b: b, kind: Text, text: text}, nil
}

// encryptedError is the one message for a password-protected Office file,
// however it was found.
func encryptedError(cause error) *Error {
	return newError(KindEncrypted, "The file is password-protected. Remove the password (File > Info > Protect) and upload it again.", cause)
}

// ole2Error explains the Compound File Binary container: either an encrypted
// OOXML file (its directory names the EncryptionInfo stream) or a legacy
// binary .xls/.doc.
func ole2Error(b []byte, acc accepts) *Error {
	switch {
	case bytes.Contains(b, utf16le("EncryptionInfo")) || bytes.Contains(b, utf16le("EncryptedPackage")):
		return encryptedError(nil)
	case bytes.Contains(b, utf16le("Workbook")) || bytes.Contains(b, utf16le("Book")):
		return newError(KindLegacy, "This is an old Excel 97-2003 (.xls) file. Save it as .xlsx and upload it again.", nil)
	case bytes.Contains(b, utf16le("WordDocument")) && acc.docx:
		return newError(KindLegacy, "This is an old Word 97-2003 (.doc) file. Save it as .docx and upload it again.", nil)
	case bytes.Contains(b, utf16le("WordDocument")):
		return wordRefused(acc)
	}
	return newError(KindLegacy, "This is an old Office 97-2003 file. Save it as "+acc.saves+" and upload it again.", nil)
}

// wordRefused refuses a Word document where only tables are read.
func wordRefused(acc accepts) *Error {
	return newError(KindUnsupported, "Word documents are not read here. "+acc.upload(), nil)
}

// openZip opens the zip of an XLSX or DOCX, checks its directory against the
// limits before anything is inflated, and says which of the two it is.
func openZip(name string, b []byte, lim Limits, acc accepts) (*file, error) {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, newError(KindCorrupt, "The file looks damaged or incomplete. Open it, save it again and upload the new copy.", err)
	}
	if err := checkZip(zr, lim); err != nil {
		return nil, err
	}
	f := &file{name: name, b: b, zr: zr}
	switch {
	case hasEntry(zr, "xl/workbook.xml"):
		if !hasPrefix(zr, "xl/worksheets/") && hasEntry(zr, "xl/vbaProject.bin") {
			return nil, newError(KindMacroOnly, "The workbook holds macros but no worksheets. Upload the workbook that contains "+acc.holds+", saved as .xlsx.", nil)
		}
		f.kind = XLSX
		return f, nil
	case hasEntry(zr, "word/document.xml"):
		if !acc.docx {
			return nil, wordRefused(acc)
		}
		f.kind = DOCX
		return f, nil
	case hasEntry(zr, "ppt/presentation.xml"):
		return nil, newError(KindUnsupported, "Presentations are not supported. "+acc.upload(), nil)
	case hasEntry(zr, "mimetype") && hasEntry(zr, "content.xml"):
		return nil, newError(KindUnsupported, "OpenDocument files are not supported. Save it as "+acc.saves+" and upload it again.", nil)
	}
	if acc.docx {
		return nil, newError(KindUnsupported, "This zip file is not an Excel or Word document. "+acc.upload(), nil)
	}
	return nil, newError(KindUnsupported, "This zip file is not an Excel workbook. "+acc.upload(), nil)
}

// readTextual reads CSV/TSV by extension, or by shape when the extension says
// nothing; everything else goes through the text splitter.
func readTextual(ctx context.Context, name, text string, lim Limits) (*Doc, error) {
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
