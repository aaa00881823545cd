package questionnaire

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// zipBomb returns a small zip whose one sheet inflates to n bytes of zeros.
func zipBomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml"} {
		w, _ := zw.Create(name)
		w.Write([]byte("<x/>"))
	}
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	zero := make([]byte, 1<<20)
	for i := 0; i < n>>20; i++ {
		w.Write(zero)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// zipOf returns a zip of the given entries with incompressible content.
func zipOf(t testing.TB, size int, names ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, name := range names {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		b := make([]byte, size)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func ole2(streams ...string) []byte {
	b := append([]byte{}, magicOLE2...)
	b = append(b, make([]byte, 504)...)
	for _, s := range streams {
		b = append(b, utf16le(s)...)
		b = append(b, 0, 0)
	}
	return append(b, make([]byte, 512)...)
}

func encryptedXLSX(t testing.TB) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	f.SetCellStr("Sheet1", "A1", "Do you encrypt backups?")
	var buf bytes.Buffer
	if err := f.Write(&buf, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadRejects(t *testing.T) {
	t.Parallel()
	wb := workbook(t)
	manyEntries := make([]string, 12)
	for i := range manyEntries {
		manyEntries[i] = "xl/media/image" + string(rune('a'+i)) + ".png"
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 200)...)
	tests := []struct {
		name string
		file string
		data []byte
		lim  Limits
		want ErrorKind
	}{
		{"empty", "q.csv", nil, Limits{}, KindEmpty},
		{"blank", "q.txt", []byte(" \n\t\n"), Limits{}, KindEmpty},
		{"pdf", "q.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), Limits{}, KindPDF},
		{"pdf renamed xlsx", "q.xlsx", []byte("%PDF-1.4\n..."), Limits{}, KindPDF},
		{"encrypted ole2", "q.xlsx", ole2("Root Entry", "EncryptionInfo", "EncryptedPackage"), Limits{}, KindEncrypted},
		{"encrypted by excel", "q.xlsx", encryptedXLSX(t), Limits{}, KindEncrypted},
		{"legacy xls", "q.xls", ole2("Root Entry", "Workbook", "SummaryInformation"), Limits{}, KindLegacy},
		{"legacy doc", "q.doc", ole2("Root Entry", "WordDocument", "1Table"), Limits{}, KindLegacy},
		{"zip bomb", "q.xlsx", zipBomb(t, 16<<20), Limits{}, KindZipBomb},
		{"too much unzipped", "q.xlsx", zipOf(t, 600<<10, "xl/workbook.xml", "xl/worksheets/sheet1.xml"), Limits{MaxUnzipped: 1 << 20}, KindZipBomb},
		{"too many entries", "q.xlsx", zipOf(t, 10, manyEntries...), Limits{MaxEntries: 10}, KindZipBomb},
		{"truncated zip", "q.xlsx", wb[:len(wb)/2], Limits{}, KindCorrupt},
		{"macros only", "q.xlsm", zipOf(t, 10, "xl/workbook.xml", "xl/vbaProject.bin"), Limits{}, KindMacroOnly},
		{"pptx", "q.pptx", zipOf(t, 10, "ppt/presentation.xml"), Limits{}, KindUnsupported},
		{"ods", "q.ods", zipOf(t, 10, "mimetype", "content.xml"), Limits{}, KindUnsupported},
		{"other zip", "q.zip", zipOf(t, 10, "a.txt"), Limits{}, KindUnsupported},
		{"png renamed csv", "q.csv", png, Limits{}, KindUnsupported},
		{"random bytes renamed csv", "q.csv", zipOf(t, 4096, "x")[40:], Limits{}, KindUnsupported},
		{"file too large", "q.csv", []byte(strings.Repeat("Do you encrypt data?\n", 100)), Limits{MaxFileSize: 1000}, KindTooLarge},
		{"no questions", "q.xlsx", buildXLSX(t, sheetSpec{name: "S", rows: [][]any{{"Yes", "No"}, {1, 2}}}), Limits{}, KindEmpty},
		{"too many lines", "q.txt", []byte(strings.Repeat("Do you encrypt data?\n", 100)), Limits{MaxRows: 50}, KindTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := Read(tt.file, bytes.NewReader(tt.data), tt.lim)
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want *Error of kind %s", err, tt.want)
			}
			if e.Kind != tt.want {
				t.Errorf("kind = %s (%v), want %s", e.Kind, err, tt.want)
			}
			if msg := UserMessage(err); msg == "" || strings.ContainsAny(msg, "\r\n") || !strings.HasSuffix(msg, ".") {
				t.Errorf("user message %q is not one sentence-terminated line", msg)
			}
		})
	}
}

func TestReadTimeout(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"q.xlsx", workbook(t)},
		{"q.csv", []byte("ID,Question\n1,Do you encrypt data?\n")},
		{"q.docx", buildDOCX(t, para("Do you encrypt data?"))},
		{"q.txt", []byte("Do you encrypt data?")},
	} {
		_, err := ReadContext(ctx, f.name, bytes.NewReader(f.data), Limits{})
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindTimeout {
			t.Errorf("%s: err = %v, want %s", f.name, err, KindTimeout)
		}
	}
}

func TestUserMessageOtherErrors(t *testing.T) {
	t.Parallel()
	if msg := UserMessage(errors.New("boom")); !strings.Contains(msg, "XLSX") {
		t.Errorf("generic message = %q", msg)
	}
}

func TestSniffByContentNotExtension(t *testing.T) {
	t.Parallel()
	tests := []struct {
		file string
		data []byte
		want Kind
	}{
		{"questions.csv", workbook(t), XLSX}, // an XLSX named .csv
		{"questions.xlsx", []byte("ID,Question\nQ1,Do you encrypt data?\nQ2,Do you log access?\n"), CSV},
		{"questions", []byte("ID;Question\nQ1;Do you encrypt data?\nQ2;Do you log access?\n"), CSV},
		{"questions.txt", []byte("1. Do you encrypt data?\n2. Do you log access?\n"), Text},
		{"questions.md", []byte("# Security\n\n- Do you encrypt data?\n"), Text},
		{"questions.bin", buildDOCX(t, para("Do you encrypt data?")), DOCX},
	}
	for _, tt := range tests {
		doc, err := Read(tt.file, bytes.NewReader(tt.data), Limits{})
		if err != nil {
			t.Errorf("%s: %v", tt.file, err)
			continue
		}
		if doc.Kind != tt.want {
			t.Errorf("%s: kind %s, want %s", tt.file, doc.Kind, tt.want)
		}
	}
}

// TestReadZipBombLyingDirectory: a bomb whose central directory claims a small
// size passes the directory check but cannot inflate past the claim.
func TestReadZipBombLyingDirectory(t *testing.T) {
	t.Parallel()
	b := zipBomb(t, 16<<20)
	patched := 0
	for i := 0; ; {
		j := bytes.Index(b[i:], []byte("PK\x01\x02"))
		if j < 0 {
			break
		}
		h := b[i+j:]
		n := int(binary.LittleEndian.Uint16(h[28:]))
		if string(h[46:46+n]) == "xl/worksheets/sheet1.xml" {
			binary.LittleEndian.PutUint32(h[24:], 1000) // uncompressed size
			patched++
		}
		i += j + 4
	}
	if patched != 1 {
		t.Fatalf("patched %d directory entries", patched)
	}
	_, err := Read("liar.xlsx", bytes.NewReader(b), Limits{})
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindCorrupt {
		t.Fatalf("err = %v, want a corrupt-file error", err)
	}
}

// TestReadFileSizedByLength: an upload whose reader knows its length is
// copied once, not again each time a growing buffer fills.
func TestReadFileSizedByLength(t *testing.T) {
	data := bytes.Repeat([]byte("Do you encrypt backups?\n"), 8<<20/24)
	var b []byte
	var err error
	alloc := allocated(func() { b, err = readFile("q.txt", bytes.NewReader(data), DefaultLimits()) })
	if err != nil || !bytes.Equal(b, data) {
		t.Fatalf("readFile = %d bytes, %v; want the %d bytes read", len(b), err, len(data))
	}
	if alloc > uint64(len(data))*5/4 {
		t.Errorf("allocated %d bytes to read %d", alloc, len(data))
	}
	// Without a length it reads the same bytes.
	if b, err = readFile("q.txt", io.MultiReader(bytes.NewReader(data)), DefaultLimits()); err != nil || !bytes.Equal(b, data) {
		t.Errorf("readFile of a plain reader = %d bytes, %v", len(b), err)
	}
}

func TestSizeText(t *testing.T) {
	for _, tc := range []struct {
		n    int64
		want string
	}{
		{20 << 20, "20 MB"},
		{3 << 19, "1.5 MB"},
		{64 << 10, "64 KB"},
		{100, "1 KB"},
	} {
		if got := SizeText(tc.n); got != tc.want {
			t.Errorf("SizeText(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}
