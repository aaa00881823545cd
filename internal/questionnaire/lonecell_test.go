package questionnaire

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// briefs renders the questions of d as "id | text | section", one a line.
func briefs(d *Doc) []string {
	var out []string
	for _, q := range d.Questions {
		out = append(out, q.ID+" | "+q.Text+" | "+q.Section)
	}
	return out
}

// A cell alone in its row heads the rows below only when it is a title: one
// that asks, instructs or states something ("Use MFA", "MFA enforced for
// admins") is a row of its own, and a title after the last question, with
// nothing left to head, is one too. Titles that open with a verb, numbered
// titles and titles in capitals still head their rows; a title over notes
// alone is no question, and neither is a sentence of guidance.
func TestReadCSVLoneCells(t *testing.T) {
	t.Parallel()
	const head = "Ref,Question,Answer\n"
	tests := []csvCase{
		{"an instruction between questions is a row", head +
			",Access Control,\nAC-1,Do you review admin access quarterly?,Yes\n,Use MFA,\nAC-2,Are leavers removed within a day?,No\n", []string{
			"AC-1 | Do you review admin access quarterly? | Access Control",
			"B4 | Use MFA | Access Control",
			"AC-2 | Are leavers removed within a day? | Access Control",
		}},
		{"a control stated in a few words is a row", head +
			",Access Control,\nAC-1,Do you review admin access quarterly?,Yes\n,MFA enforced for admins,\nAC-2,Are leavers removed within a day?,No\n", []string{
			"AC-1 | Do you review admin access quarterly? | Access Control",
			"B4 | MFA enforced for admins | Access Control",
			"AC-2 | Are leavers removed within a day? | Access Control",
		}},
		{"a request in the first person is a row", head +
			",We need your latest SOC 2,\nAC-1,Do you review admin access quarterly?,Yes\nAC-2,Are leavers removed within a day?,No\n", []string{
			"B2 | We need your latest SOC 2 | ",
			"AC-1 | Do you review admin access quarterly? | ",
			"AC-2 | Are leavers removed within a day? | ",
		}},
		{"a numbered instruction is a row", head +
			"AC-1,Do you review admin access quarterly?,Yes\n,3. Enable SSO,\nAC-2,Are leavers removed within a day?,No\n", []string{
			"AC-1 | Do you review admin access quarterly? | ",
			"B3 | 3. Enable SSO | ",
			"AC-2 | Are leavers removed within a day? | ",
		}},
		{"an instruction as the last row is kept", head +
			",Backups,\nBK-1,Do you test restores?,Yes\nBK-2,Are backups kept offsite?,Yes\n,Encrypt backups at rest,\n", []string{
			"BK-1 | Do you test restores? | Backups",
			"BK-2 | Are backups kept offsite? | Backups",
			"B5 | Encrypt backups at rest | Backups",
		}},
		{"a title after the last question is a row under the section above", head +
			"1. Access Control,,\nAC-1,Do you review admin access quarterly?,Yes\n2. Business Continuity,,\n", []string{
			"AC-1 | Do you review admin access quarterly? | 1. Access Control",
			"A4 | 2. Business Continuity | 1. Access Control",
		}},
		{"two titles after the last question are two rows", head +
			"AC-1,Do you review admin access quarterly?,Yes\n,Incident Response,\n,Supplier Management,\n", []string{
			"AC-1 | Do you review admin access quarterly? | ",
			"B3 | Incident Response | ",
			"B4 | Supplier Management | ",
		}},
		{"short lines without ids", "Question,Answer\nAccess Control,\nDo you encrypt backups?,Yes\nRotate keys yearly,\nEncrypt backups,\n", []string{
			"A3 | Do you encrypt backups? | Access Control",
			"A4 | Rotate keys yearly | Access Control",
			"A5 | Encrypt backups | Access Control",
		}},

		// Near misses.
		{"a numbered title heads the rows below", head +
			"2. Business Continuity,,\nBC-1,Do you test your recovery plan yearly?,Yes\n", []string{
			"BC-1 | Do you test your recovery plan yearly? | 2. Business Continuity",
		}},
		{"a title in capitals heads the rows below", head +
			",IDENTITY & ACCESS,\nIA-1,Is MFA enforced for remote access?,Yes\n", []string{
			"IA-1 | Is MFA enforced for remote access? | IDENTITY & ACCESS",
		}},
		{"a title opening with a verb heads the rows below", head +
			",Protect Customer Data,\nPD-1,Is customer data encrypted at rest?,Yes\n,Use of Cryptography,\nCR-1,Which TLS versions do you accept?,\n", []string{
			"PD-1 | Is customer data encrypted at rest? | Protect Customer Data",
			"CR-1 | Which TLS versions do you accept? | Use of Cryptography",
		}},
		{"a noun title that could open with a verb heads the rows below", head +
			",Patch Management,\nPM-1,How fast are critical patches applied?,\n", []string{
			"PM-1 | How fast are critical patches applied? | Patch Management",
		}},
		{"a sentence of guidance among questions with ids is no row", head +
			"AC-1,Do you review admin access quarterly?,Yes\n,Answers in this part are read by the security team.,\nAC-2,Are leavers removed within a day?,No\n", []string{
			"AC-1 | Do you review admin access quarterly? | ",
			"AC-2 | Are leavers removed within a day? | ",
		}},
		{"a title over notes alone is no question", "Vendor Security Assessment\nNote: answers are confidential. They are read by the security team only.\n", nil},
	}
	checkCSVBriefs(t, "lone.csv", tests)
}

// csvCase is a CSV file and the questions it must read as, in briefs' form;
// a nil want means the file holds no question at all.
type csvCase struct {
	name string
	csv  string
	want []string
}

// checkCSVBriefs reads each case's CSV under the file name given and compares
// its questions with the case's.
func checkCSVBriefs(t *testing.T, file string, tests []csvCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			doc, err := Read(file, strings.NewReader(tt.csv), Limits{})
			if tt.want == nil {
				var e *Error
				if !errors.As(err, &e) || e.Kind != KindEmpty {
					t.Fatalf("err = %v, questions %q; want no questions", err, briefsOf(doc))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := briefs(doc); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("questions mismatch\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func briefsOf(d *Doc) []string {
	if d == nil {
		return nil
	}
	return briefs(d)
}

// The same cells merged across their rows in a workbook: a merged title heads
// the rows below it, a merged instruction or statement is a row, and a merged
// paragraph of guidance stays a note.
func TestReadXLSXLoneCells(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t,
		sheetSpec{name: "Controls", rows: [][]any{
			{"Ref", "Question", "Response"},
			{"1. Access Control"},
			{"AC-1", "Do you review admin access quarterly?", ""},
			{"Use MFA"},
			{"AC-2", "Are leavers removed within a day?", ""},
			{"Answer each question below and attach evidence where asked."},
			{"BACKUPS"},
			{"BK-1", "Do you test restores from backup yearly?", ""},
			{"MFA enforced for admins"},
			{"Protect Customer Data"},
			{"PD-1", "Is customer data encrypted at rest?", ""},
			{"Encrypt backups at rest"},
		}, merges: []string{"A2:C2", "A4:C4", "A6:C6", "A7:C7", "A9:C9", "A10:C10", "A12:C12"}},
		sheetSpec{name: "Response", rows: [][]any{
			{"Ref", "Question", "Response"},
			{"Incident Response"},
			{"IR-1", "Do you notify customers of breaches within 72 hours?", ""},
			{"Supplier Management"},
		}, merges: []string{"A2:C2", "A4:C4"}},
	)
	doc, err := Read("lone.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"AC-1", "Do you review admin access quarterly?", "1. Access Control", "Controls", 3},
		{"Controls!A4", "Use MFA", "1. Access Control", "Controls", 4},
		{"AC-2", "Are leavers removed within a day?", "1. Access Control", "Controls", 5},
		{"BK-1", "Do you test restores from backup yearly?", "BACKUPS", "Controls", 8},
		{"Controls!A9", "MFA enforced for admins", "BACKUPS", "Controls", 9},
		{"PD-1", "Is customer data encrypted at rest?", "Protect Customer Data", "Controls", 11},
		{"Controls!A12", "Encrypt backups at rest", "Protect Customer Data", "Controls", 12},
		{"IR-1", "Do you notify customers of breaches within 72 hours?", "Incident Response", "Response", 3},
		{"Response!A4", "Supplier Management", "Incident Response", "Response", 4},
	})
	if doc.Where[1].Col != 1 {
		t.Errorf("merged item at column %d, want 1 (the merged range's first)", doc.Where[1].Col)
	}
}

// A short line reads alike pasted and alone in a row of a file: a title heads
// the question after it in both, and a line that asks or states is an item of
// its own in both.
func TestLoneCellsReadAlikePastedAndInFiles(t *testing.T) {
	t.Parallel()
	const q = "Do you encrypt backups?"
	for line, heading := range map[string]bool{
		"Use MFA": false, "Enable SSO for staff": false, "Rotate keys yearly": false,
		"MFA enforced for admins": false, "We need your latest SOC 2": false,
		"Access Control": true, "Access Review": true, "Patch Management": true,
		"Protect Customer Data": true, "Use of Cryptography": true, "IDENTITY & ACCESS": true,
		"Supply Chain Risk Management": true,
	} {
		doc, err := Read("one.csv", strings.NewReader("Question,Answer\n"+line+",\n"+q+",Yes\n"), Limits{})
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		pasted := split.Split(line + "\n" + q + "\n")
		for name, got := range map[string][]string{"file": textsAndSections(doc.Questions), "paste": textsAndSections(pasted)} {
			want := []string{line + " | ", q + " | "}
			if heading {
				want = []string{q + " | " + line}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s, %q: got %q, want %q", name, line, got, want)
			}
		}
	}
}

func textsAndSections(qs []triage.Question) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text+" | "+q.Section)
	}
	return out
}

// A Word table's rows are read as a sheet's: an instruction alone on its row
// is a question, a title heads the rows below it.
func TestReadDOCXLoneCells(t *testing.T) {
	t.Parallel()
	b := buildDOCX(t, tbl(
		[]string{"Ref", "Question", "Answer"},
		[]string{"<span3>Access Control"},
		[]string{"AC-1", "Do you review admin access quarterly?", ""},
		[]string{"<span3>Use MFA"},
		[]string{"AC-2", "Are leavers removed within a day?", ""},
	))
	doc, err := Read("lone.docx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"AC-1 | Do you review admin access quarterly? | Access Control",
		"T1.4 | Use MFA | Access Control",
		"AC-2 | Are leavers removed within a day? | Access Control",
	}
	if got := briefs(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("questions mismatch\n got %q\nwant %q", got, want)
	}
}
