package questionnaire

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// want is the part of a read question a test pins.
type want struct {
	id, text, section string
	sheet             string
	row               int
}

func got(d *Doc) []want {
	out := make([]want, len(d.Questions))
	for i, q := range d.Questions {
		out[i] = want{q.ID, q.Text, q.Section, d.Where[i].Sheet, d.Where[i].Row}
	}
	return out
}

func checkQuestions(t *testing.T, d *Doc, wants []want) {
	t.Helper()
	g := got(d)
	if !reflect.DeepEqual(g, wants) {
		t.Errorf("questions mismatch:\n got: %d", len(g))
		for i := 0; i < max(len(g), len(wants)); i++ {
			var a, b want
			if i < len(g) {
				a = g[i]
			}
			if i < len(wants) {
				b = wants[i]
			}
			mark := " "
			if a != b {
				mark = "!"
			}
			t.Errorf("%s got  %+v\n  want %+v", mark, a, b)
		}
	}
}

// workbook is a realistic vendor questionnaire: an instructions sheet, a
// sheet with a title block, merged section rows, ids and Yes/No answers, a
// sheet without a header row, a hidden sheet and a drop-down list sheet.
func workbook(t testing.TB) []byte {
	return buildXLSX(t,
		sheetSpec{name: "Instructions", rows: [][]any{
			{"How to complete this questionnaire"},
			{"Please answer every question in the Security and Privacy tabs. Do you need help? Contact procurement."},
		}},
		sheetSpec{name: "Security", rows: [][]any{
			{"Acme Corp Vendor Security Assessment"},
			{"Vendor name:", ""},
			{"Date completed:", ""},
			{},
			{"Ref", "Control Question", "Yes/No/N/A", "Comments"},
			{"1. Access Control"},
			{"AC-01", "Is multi-factor authentication enforced for all remote access?", "Yes", ""},
			{"AC-02", "Are user access rights reviewed at least quarterly?", "No", "Planned for Q3"},
			{"", "", "Yes"}, // answer-only row
			{"2. Business Continuity"},
			{"BC-01", "Do you test restoring from backups at least annually?", "", ""},
			{"BC-02", "Describe your disaster recovery strategy, including RTO and RPO.", "", ""},
		}, merges: []string{"A1:D1", "A6:D6", "A10:D10"}},
		sheetSpec{name: "Privacy", rows: [][]any{
			{"Data Protection"},
			{"P1", "Do you process personal data of EU residents?", "Yes"},
			{"P2", "How do you handle data subject access requests?", ""},
		}},
		sheetSpec{name: "Internal scoring", hidden: true, rows: [][]any{
			{"Question", "Weight"},
			{"Is this vendor critical to our operations?", 5},
		}},
		sheetSpec{name: "Lists", rows: [][]any{{"Yes"}, {"No"}, {"N/A"}}},
	)
}

func TestReadXLSXShapes(t *testing.T) {
	t.Parallel()
	doc, err := Read("vendor.xlsx", bytes.NewReader(workbook(t)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Kind != XLSX {
		t.Errorf("kind = %q, want xlsx", doc.Kind)
	}
	checkQuestions(t, doc, []want{
		{"Security!A2", "Vendor name:", "", "Security", 2},
		{"Security!A3", "Date completed:", "", "Security", 3},
		{"AC-01", "Is multi-factor authentication enforced for all remote access?", "1. Access Control", "Security", 7},
		{"AC-02", "Are user access rights reviewed at least quarterly?", "1. Access Control", "Security", 8},
		{"BC-01", "Do you test restoring from backups at least annually?", "2. Business Continuity", "Security", 11},
		{"BC-02", "Describe your disaster recovery strategy, including RTO and RPO.", "2. Business Continuity", "Security", 12},
		{"P1", "Do you process personal data of EU residents?", "Data Protection", "Privacy", 2},
		{"P2", "How do you handle data subject access requests?", "Data Protection", "Privacy", 3},
	})
	wantSheets := []Sheet{
		{Name: "Security", HeaderRow: 5, QuestionCol: 2, IDCol: 1, LastCol: 4, Questions: 6, part: "xl/worksheets/sheet2.xml"},
		{Name: "Privacy", HeaderRow: 0, QuestionCol: 2, IDCol: 1, LastCol: 3, Questions: 2, part: "xl/worksheets/sheet3.xml"},
	}
	if !reflect.DeepEqual(doc.Sheets, wantSheets) {
		t.Errorf("sheets:\n got %+v\nwant %+v", doc.Sheets, wantSheets)
	}
	wantSkipped := []string{"Instructions: instructions", "Internal scoring: hidden", "Lists: instructions"}
	if !reflect.DeepEqual(doc.Skipped, wantSkipped) {
		t.Errorf("skipped = %q, want %q", doc.Skipped, wantSkipped)
	}
}

// TestReadXLSXCAIQ mirrors the CSA CAIQ v4 layout: a title block, then Question
// ID, Question, answer and ownership columns, and CCM columns to the right.
func TestReadXLSXCAIQ(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, sheetSpec{name: "CAIQv4.0.3", rows: [][]any{
		{"Consensus Assessments Initiative Questionnaire v4.0.3"},
		{},
		{"Question ID", "Question", "CSP CAIQ Answer", "SSRM Control Ownership", "CSP Implementation Description (Optional/Recommended)",
			"CSC Responsibilities (Optional/Recommended)", "CCM Control ID", "CCM Control Specification", "CCM Control Title", "CCM Domain Title"},
		{"A&A-01.1", "Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?",
			"Yes", "CSP-owned", "", "", "A&A-01", "Establish, document, approve, communicate, apply, evaluate and maintain audit and assurance policies and procedures and standards. Review and update the policies and procedures at least annually.", "Audit and Assurance Policy and Procedures", "Audit & Assurance"},
		{"A&A-01.2", "Are audit and assurance policies, procedures, and standards reviewed and updated at least annually?",
			"", "", "", "", "", "", "", "Audit & Assurance"},
		{"IAM-02.1", "Are strong password policies and procedures established, documented, approved, communicated, implemented, applied, evaluated, and maintained?",
			"", "", "", "", "IAM-02", "Establish, document, approve, communicate, implement, apply, evaluate and maintain strong password policies and procedures.", "Strong Password Policy and Procedures", "Identity & Access Management"},
	}}, sheetSpec{name: "Introduction", rows: [][]any{{"The CAIQ offers an industry-accepted way to document security controls. Do you need help?"}}})
	doc, err := Read("CAIQv4.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"A&A-01.1", "Are audit and assurance policies, procedures, and standards established, documented, approved, communicated, applied, evaluated, and maintained?", "Audit & Assurance", "CAIQv4.0.3", 4},
		{"A&A-01.2", "Are audit and assurance policies, procedures, and standards reviewed and updated at least annually?", "Audit & Assurance", "CAIQv4.0.3", 5},
		{"IAM-02.1", "Are strong password policies and procedures established, documented, approved, communicated, implemented, applied, evaluated, and maintained?", "Identity & Access Management", "CAIQv4.0.3", 6},
	})
	if doc.Sheets[0].LastCol != 10 {
		t.Errorf("last column = %d, want 10", doc.Sheets[0].LastCol)
	}
}

// TestReadXLSXSIG mirrors a SIG Lite tab: serial and question numbers, the
// question in "Question/Request", lettered section rows, a Response column.
func TestReadXLSXSIG(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, sheetSpec{name: "SIG Lite", rows: [][]any{
		{"Ser #", "Ques Num", "Question/Request", "Response", "Additional Information"},
		{"", "", "A. Enterprise Risk Management"},
		{1, "A.1", "Is there a formalized risk governance plan that defines the Enterprise Risk Management program requirements?", "Yes", ""},
		{2, "A.2", "Is there a risk assessment program that has been approved by management?", "", ""},
		{"", "", "B. Nth Party Management"},
		{3, "B.1", "Do external parties have access to Scoped Systems and Data or processing facilities?", "N/A", ""},
	}})
	doc, err := Read("sig-lite.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"A.1", "Is there a formalized risk governance plan that defines the Enterprise Risk Management program requirements?", "A. Enterprise Risk Management", "SIG Lite", 3},
		{"A.2", "Is there a risk assessment program that has been approved by management?", "A. Enterprise Risk Management", "SIG Lite", 4},
		{"B.1", "Do external parties have access to Scoped Systems and Data or processing facilities?", "B. Nth Party Management", "SIG Lite", 6},
	})
}

// TestReadXLSXContentColumn: no header at all; the question column is the one
// with the longest question-like text, and rows without ids get a cell reference.
func TestReadXLSXContentColumn(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, sheetSpec{name: "Sheet1", rows: [][]any{
		{"Yes", "Do you encrypt customer data at rest?", "AES-256"},
		{"No", "Do you have a SOC 2 Type 2 report?", ""},
		{"", "Provide your incident response plan.", "see attached"},
	}})
	doc, err := Read("plain.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"Sheet1!B1", "Do you encrypt customer data at rest?", "", "Sheet1", 1},
		{"Sheet1!B2", "Do you have a SOC 2 Type 2 report?", "", "Sheet1", 2},
		{"Sheet1!B3", "Provide your incident response plan.", "", "Sheet1", 3},
	})
}

// TestReadXLSXMergedQuestion: a question merged over two rows counts once, and
// an id merged down is shared (and made unique).
func TestReadXLSXMergedQuestion(t *testing.T) {
	t.Parallel()
	b := buildXLSX(t, sheetSpec{name: "Q", rows: [][]any{
		{"ID", "Question", "Answer"},
		{"DS-1", "Is data encrypted in transit over public networks?", "Yes"},
		{"", "", "TLS 1.2+"},
		{"DS-2", "Are backups encrypted?", ""},
		{"", "Are backup restores tested?", ""},
	}, merges: []string{"B2:B3", "A4:A5"}})
	doc, err := Read("m.xlsx", bytes.NewReader(b), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"DS-1", "Is data encrypted in transit over public networks?", "", "Q", 2},
		{"DS-2", "Are backups encrypted?", "", "Q", 4},
		{"DS-2#2", "Are backup restores tested?", "", "Q", 5},
	})
}

func bigSheet(t testing.TB, n int) []byte {
	rows := [][]any{{"ID", "Question", "Response"}}
	for i := 1; i <= n; i++ {
		rows = append(rows, []any{fmt.Sprintf("Q-%d", i), fmt.Sprintf("Do you review firewall rule set number %d at least annually?", i), ""})
	}
	return buildXLSX(t, sheetSpec{name: "Big", rows: rows})
}

func TestReadXLSXQuestionLimit(t *testing.T) {
	t.Parallel()
	// The default limits, but a parse-time budget the race detector cannot miss:
	// this test is about the question count.
	lim := Limits{MaxParseTime: 10 * time.Minute}
	doc, err := Read("5000.xlsx", bytes.NewReader(bigSheet(t, 5000)), lim)
	if err != nil {
		t.Fatalf("5,000 questions: %v", err)
	}
	if len(doc.Questions) != 5000 || doc.Questions[4999].ID != "Q-5000" || doc.Where[4999].Row != 5001 {
		t.Errorf("got %d questions, last %+v", len(doc.Questions), doc.Questions[len(doc.Questions)-1])
	}
	_, err = Read("5001.xlsx", bytes.NewReader(bigSheet(t, 5001)), lim)
	var e *Error
	if !errors.As(err, &e) || e.Kind != KindTooLarge {
		t.Fatalf("5,001 questions: err = %v, want %s", err, KindTooLarge)
	}
}

func TestReadXLSXCellAndRowLimits(t *testing.T) {
	t.Parallel()
	b := bigSheet(t, 100)
	for _, lim := range []Limits{{MaxCells: 150}, {MaxRows: 50}} {
		_, err := Read("x.xlsx", bytes.NewReader(b), lim)
		var e *Error
		if !errors.As(err, &e) || e.Kind != KindTooLarge {
			t.Errorf("limits %+v: err = %v, want %s", lim, err, KindTooLarge)
		}
	}
}

// A label ending in a colon above the header is a form field, unless it only
// introduces the instructions ("Instructions:", "Notes:").
func TestInstructionLabelIsNotAField(t *testing.T) {
	t.Parallel()
	csv := "Instructions:,\nNotes:,\nVendor name:,\nID,Question,Answer\n1,Do you encrypt backups?,\n"
	doc, err := Read("q.csv", bytes.NewReader([]byte(csv)), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	checkQuestions(t, doc, []want{
		{"A3", "Vendor name:", "", "", 2}, // CSV locations are record indexes
		{"1", "Do you encrypt backups?", "", "", 4},
	})
}
