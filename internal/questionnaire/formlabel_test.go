package questionnaire

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// formBlock is the general-information block of a HECVAT-shaped
// questionnaire: the labels of fields the respondent fills in.
var formBlock = []string{
	"Vendor Name",
	"Product Name",
	"Product Description",
	"Web Link to Product Privacy Notice",
	"Web Link to Accessibility Statement or VPAT",
	"Vendor Contact Name",
	"Vendor Contact Phone Number",
	"Vendor Hosting Regions",
	"Vendor Work Locations",
	"Date Completed",
}

// TestFormFieldsReadAlikePastedAndInFiles: the one list of form-label words
// (split.FormLabel) decides for pasted text, text files and workbooks alike.
// Each label of a form block is a field of its own in a workbook row and in a
// paste (never a heading, never glued to the line after it), and a title
// alone on its line ("Data Location") is a section in both.
func TestFormFieldsReadAlikePastedAndInFiles(t *testing.T) {
	t.Parallel()
	const question = "Do you store customer data only in the EU?"

	// A workbook: the labels with an id and a value, then a section title alone
	// on its row and a question under it.
	rows := [][]any{{"ID", "Question", "Vendor Answer"}, {"General Information"}}
	for i, l := range formBlock {
		rows = append(rows, []any{"GNRL-" + string(rune('A'+i)), l, "x"})
	}
	rows = append(rows, []any{"Data Location"}, []any{"DL-1", question, ""})
	doc, err := Read("form.xlsx", bytes.NewReader(buildXLSX(t, sheetSpec{name: "Vendor Response", rows: rows})), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	var inFile []string
	for _, q := range doc.Questions {
		if q.Form {
			inFile = append(inFile, q.Text)
		}
	}
	if got, want := strings.Join(inFile, " | "), strings.Join(formBlock, " | "); got != want {
		t.Errorf("form fields of the workbook:\n got %s\nwant %s", got, want)
	}
	if last := doc.Questions[len(doc.Questions)-1]; last.Text != question || last.Section != "Data Location" || last.Form {
		t.Errorf("workbook: last question %+v, want %q under Data Location", last, question)
	}

	// The same block pasted, and read from a text file. Without cells, what
	// ends the run of fields is the blank line before the next section.
	text := "General Information\n" + strings.Join(formBlock, "\n") + "\n\nData Location\n" + question + "\n"
	txt, err := Read("form.txt", strings.NewReader(text), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for name, qs := range map[string][]string{"paste": questionTexts(split.Split(text)), "text file": questionTexts(txt.Questions)} {
		want := append(append([]string{}, formBlock...), question)
		if got := strings.Join(qs, " | "); got != strings.Join(want, " | ") {
			t.Errorf("%s:\n got %s\nwant %s", name, got, strings.Join(want, " | "))
		}
	}
	if qs := split.Split(text); len(qs) > 0 && qs[len(qs)-1].Section != "Data Location" {
		t.Errorf("paste: %q is under %q, want Data Location", question, qs[len(qs)-1].Section)
	}
	for _, l := range formBlock {
		if !split.FormLabel(l, true) {
			t.Errorf("FormLabel(%q) = false", l)
		}
	}
}

func questionTexts(qs []triage.Question) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.Text
	}
	return out
}

// TestQuestionWordsReadAlikePastedAndInFiles: the one list of words that open a
// question or a request (split.OpensQuestion) decides in pastes and in files:
// a title opened by such a word ("Supply Chain Risk Management") is a section
// in both, and a request opened by one the reader did not know before
// ("Verify …", "Kindly …") a question in both.
func TestQuestionWordsReadAlikePastedAndInFiles(t *testing.T) {
	t.Parallel()
	const (
		title = "Supply Chain Risk Management"
		q1    = "Verify that subcontractors are assessed annually"
		q2    = "Kindly attach your supplier policy"
	)
	doc, err := Read("sc.csv", strings.NewReader("Question,Answer\n"+title+",\n"+q1+",Yes\n"+q2+",Yes\n"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pasted := split.Split(title + "\n" + q1 + "\n" + q2 + "\n")
	for name, qs := range map[string][]triage.Question{"file": doc.Questions, "paste": pasted} {
		if len(qs) != 2 || qs[0].Text != q1 || qs[1].Text != q2 || qs[0].Section != title || qs[1].Section != title {
			t.Errorf("%s: %+v, want the two requests under %q", name, qs, title)
		}
	}
	for line, want := range map[string]bool{
		title: false, "Check Point Firewalls": false, "List of Subprocessors": false,
		"Supply your SOC 2 report": true, "Check that backups are encrypted": true,
		"Please describe your SDLC": true, "Describe": true, "Encryption": false,
	} {
		if got := split.OpensQuestion(line); got != want {
			t.Errorf("OpensQuestion(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestFormLabelVerdictsAlikePastedAndInFiles: a procurement form's labels get
// the same verdicts pasted as read from a workbook, where the layout marks
// them as fields (triage.Question.Form): a field to write in, or the document
// its topic names, whether its words also name a control ("Date of last
// penetration test"), a document ("… Privacy Notice") or a section
// ("Vendor Hosting Regions", one more label in a run of them). A short
// question without a question mark stays a question in a paste.
func TestFormLabelVerdictsAlikePastedAndInFiles(t *testing.T) {
	t.Parallel()
	e, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	labels := []string{
		"Vendor Name:",
		"Primary contact email",
		"Vendor Hosting Regions",
		"Date of last penetration test",
		"Web Link to Product Privacy Notice",
		"SOC 2 report date",
		"Date Completed",
	}
	rows := [][]any{{"ID", "Question", "Vendor Answer"}, {"General Information"}}
	for i, l := range labels {
		rows = append(rows, []any{"GNRL-" + string(rune('A'+i)), l, "x"})
	}
	doc, err := Read("form.xlsx", bytes.NewReader(buildXLSX(t, sheetSpec{name: "Vendor Response", rows: rows})), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	pasted := split.Split("General Information\n" + strings.Join(labels, "\n") + "\n")
	if got, want := strings.Join(questionTexts(pasted), " | "), strings.Join(labels, " | "); got != want {
		t.Fatalf("paste split into %s, want %s", got, want)
	}
	if len(doc.Questions) != len(labels) {
		t.Fatalf("workbook: %d questions, want %d", len(doc.Questions), len(labels))
	}
	brief := func(v triage.Verdict) string {
		return fmt.Sprintf("%s %v %v %v", v.Report, v.Criteria, v.Artifacts, v.Unmatched)
	}
	for i, l := range labels {
		if !doc.Questions[i].Form {
			t.Errorf("workbook: %q is not a form field", l)
		}
		file, paste := e.Classify(doc.Questions[i]), e.Classify(pasted[i])
		if brief(file) != brief(paste) {
			t.Errorf("%q: workbook %s, paste %s", l, brief(file), brief(paste))
		}
	}

	for _, q := range []string{
		"Do you encrypt backups",
		"Describe your incident response process",
		"Is MFA enforced for administrators",
		"Encryption at rest",
		"Provide the date of your last penetration test",
	} {
		for _, got := range split.Split("Do you have a SOC 2 report?\n" + q + "\n") {
			if got.Form {
				t.Errorf("paste: %q taken for a form field", got.Text)
			}
		}
	}
}
