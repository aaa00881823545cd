package questionnaire

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
)

// entryPoints are the public ways into the readers; each must refuse a bad
// file the same way.
var entryPoints = []struct {
	name string
	read func(name string, b []byte, lim Limits) error
}{
	{"Read", func(name string, b []byte, lim Limits) error {
		_, err := Read(name, bytes.NewReader(b), lim)
		return err
	}},
	{"ReadContext", func(name string, b []byte, lim Limits) error {
		_, err := ReadContext(context.Background(), name, bytes.NewReader(b), lim)
		return err
	}},
	{"ReadTables", func(name string, b []byte, lim Limits) error {
		_, err := ReadTables(context.Background(), name, bytes.NewReader(b), lim)
		return err
	}},
}

// TestEntryPointsRefuseAlike: an encrypted workbook, a file over the size
// limit, a damaged zip, a zip bomb and a legacy workbook get the same kind and
// the same one-line message from every entry point; refusals that name the
// formats to use name those the entry point reads.
func TestEntryPointsRefuseAlike(t *testing.T) {
	t.Parallel()
	wb := workbook(t)
	tests := []struct {
		name     string
		file     string
		data     []byte
		lim      Limits
		want     ErrorKind
		sameText bool   // the message is word for word the same everywhere
		contains string // every message contains this
	}{
		{"encrypted by Excel", "m.xlsx", encryptedXLSX(t), Limits{}, KindEncrypted, true, "password-protected"},
		{"encrypted container", "m.xlsx", ole2("Root Entry", "EncryptionInfo", "EncryptedPackage"), Limits{}, KindEncrypted, true, "password-protected"},
		{"encrypted, named .csv", "m.csv", encryptedXLSX(t), Limits{}, KindEncrypted, true, "password-protected"},
		{"too large", "m.csv", []byte(strings.Repeat("Do you encrypt data?,Yes\n", 100)), Limits{MaxFileSize: 1000}, KindTooLarge, true, "larger than"},
		{"truncated zip", "m.xlsx", wb[:len(wb)/2], Limits{}, KindCorrupt, true, "damaged"},
		{"zip bomb", "m.xlsx", zipBomb(t, 16<<20), Limits{}, KindZipBomb, true, ""},
		{"legacy xls", "m.xls", ole2("Root Entry", "Workbook"), Limits{}, KindLegacy, true, ".xls"},
		{"macros only", "m.xlsm", zipOf(t, 10, "xl/workbook.xml", "xl/vbaProject.bin"), Limits{}, KindMacroOnly, false, "macros"},
		{"pdf", "m.pdf", []byte("%PDF-1.7\n1 0 obj"), Limits{}, KindPDF, false, "PDF"},
		{"empty", "m.csv", nil, Limits{}, KindEmpty, false, "empty"},
		{"presentation", "m.pptx", zipOf(t, 10, "ppt/presentation.xml"), Limits{}, KindUnsupported, false, "XLSX"},
		{"other zip", "m.zip", zipOf(t, 10, "a.txt"), Limits{}, KindUnsupported, false, "XLSX"},
		{"binary", "m.csv", []byte("\x00\x01\x02\x03binary\x00\x00"), Limits{}, KindUnsupported, false, "XLSX"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			first := ""
			for _, ep := range entryPoints {
				err := ep.read(tt.file, tt.data, tt.lim)
				var e *Error
				if !errors.As(err, &e) || e.Kind != tt.want {
					t.Errorf("%s: err = %v, want kind %s", ep.name, err, tt.want)
					continue
				}
				msg := UserMessage(err)
				if strings.ContainsAny(msg, "\r\n") || !strings.HasSuffix(msg, ".") || !strings.Contains(msg, tt.contains) {
					t.Errorf("%s: message %q: want one line ending in a full stop, containing %q", ep.name, msg, tt.contains)
				}
				if tt.sameText {
					if first == "" {
						first = msg
					} else if msg != first {
						t.Errorf("%s: message %q, other entry points %q", ep.name, msg, first)
					}
				}
			}
		})
	}
}

// TestReadTablesNamesWhatItReads: a refusal from ReadTables points to the
// formats it reads (XLSX or CSV), never to DOCX or TXT, and a Word document,
// which Read takes, is refused.
func TestReadTablesNamesWhatItReads(t *testing.T) {
	t.Parallel()
	for _, f := range []struct {
		name string
		data []byte
		want ErrorKind
	}{
		{"m.docx", buildDOCX(t, para("Do you encrypt data?")), KindUnsupported},
		{"m.doc", ole2("Root Entry", "WordDocument"), KindUnsupported},
		{"m.pdf", []byte("%PDF-1.4"), KindPDF},
		{"m.ods", zipOf(t, 10, "mimetype", "content.xml"), KindUnsupported},
		{"m.zip", zipOf(t, 10, "a.txt"), KindUnsupported},
	} {
		_, err := ReadTables(context.Background(), f.name, bytes.NewReader(f.data), Limits{})
		var e *Error
		if !errors.As(err, &e) || e.Kind != f.want {
			t.Errorf("%s: err = %v, want kind %s", f.name, err, f.want)
			continue
		}
		if strings.Contains(e.Msg, "DOCX") || strings.Contains(e.Msg, ".docx") || strings.Contains(e.Msg, "TXT") {
			t.Errorf("%s: message %q points to a format ReadTables does not read", f.name, e.Msg)
		}
	}
}

// TestReadTablesSkipsUnreadableSheets: like Read, ReadTables leaves out a
// sheet it cannot parse and reads the others, and leaves out hidden sheets.
func TestReadTablesSkipsUnreadableSheets(t *testing.T) {
	t.Parallel()
	b := buildRawXLSX(t, minimalStyles,
		rawSheet{name: "Broken", xml: twoQuestions, extra: `<mergeCells <<`},
		rawSheet{name: "Hidden", xml: twoQuestions, hidden: true},
		rawSheet{name: "Controls", xml: twoQuestions})
	tables, err := ReadTables(context.Background(), "m.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tables) != 1 || tables[0].Sheet != "Controls" || len(tables[0].Rows) != 3 {
		t.Fatalf("tables = %+v, want the one readable visible sheet", tables)
	}
	doc, err := Read("m.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(doc.Skipped, "; "); got != "Broken: unreadable; Hidden: hidden" {
		t.Errorf("Read skipped %q", got)
	}
}

// TestEveryTableFormatHasTheLimits: the column limit and the limit on cells
// held apply to every format that holds tables, and the message says which.
func TestEveryTableFormatHasTheLimits(t *testing.T) {
	t.Parallel()
	lim := Limits{MaxColumns: 20, MaxCells: 50}
	wide := make([]any, 22)
	wide[0], wide[21] = "Do you encrypt backups?", "x"
	wideCells := make([]string, 22)
	wideCells[0], wideCells[21] = "Do you encrypt backups?", "x"
	var far strings.Builder // within the columns, but held cells far over ten times the filled ones
	far.WriteString("Question\nDo you encrypt backups?\n")
	for range 30 {
		far.WriteString(strings.Repeat(",", 19) + "x\n") // one filled cell, twenty held
	}
	tests := []struct {
		name, file string
		data       []byte
		contains   string
	}{
		{"sheet too wide", "w.xlsx", buildXLSX(t, sheetSpec{name: "S", rows: [][]any{{"Question"}, wide}}), "more than 20 columns wide"},
		{"CSV row too wide", "w.csv", []byte("Question\n" + strings.Join(wideCells, ",") + "\n"), "more than 20 columns"},
		{"Word table row too wide", "w.docx", buildDOCX(t, tbl([]string{"Question"}, wideCells)), "more than 20 columns"},
		{"CSV cells held", "far.csv", []byte(far.String()), "spread over more than 500 cells"},
	}
	for _, tt := range tests {
		_, err := Read(tt.file, bytes.NewReader(tt.data), lim)
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindTooLarge || !strings.Contains(e.Msg, tt.contains) {
			t.Errorf("%s: err = %v, want %s saying %q", tt.name, err, KindTooLarge, tt.contains)
		}
	}
	// A CSV whose rows end in empty fields is held as filled, and written back
	// with every field it had.
	in := "ID,Question,Answer,,,\nA-1,Do you encrypt backups?,,,,\nA-2,Is MFA enforced for remote access?,,,,\n"
	doc, err := Read("q.csv", strings.NewReader(in), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := Write(&out, doc, fakeItems(doc), WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if line := strings.SplitN(out.String(), "\r\n", 3)[1]; !strings.HasPrefix(line, "A-1,Do you encrypt backups?,,,,,") {
		t.Errorf("written row %q lost its empty fields", line)
	}
}

// TestReadTablesTimeout: ReadTables ends at the deadline with the same message
// as Read, for a workbook and a CSV.
func TestReadTablesTimeout(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for name, data := range map[string][]byte{"m.xlsx": workbook(t), "m.csv": []byte("Control #,Control Activity\nC-1,Backups are encrypted.\n")} {
		_, err := ReadTables(ctx, name, bytes.NewReader(data), Limits{})
		_, rerr := ReadContext(ctx, name, bytes.NewReader(data), Limits{})
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindTimeout || UserMessage(err) != UserMessage(rerr) {
			t.Errorf("%s: err = %v, want the timeout Read gives (%v)", name, err, rerr)
		}
	}
}
