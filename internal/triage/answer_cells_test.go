package triage

import "testing"

// AnswerCell reads the whole of one cell: answer words and marks, alone or with a note
// after a break, are answers; text that goes on after an answer word is not.
func TestAnswerCell(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		cell string
		want bool
	}{
		{"Yes", true}, {"no", true}, {"n/a", true}, {"N/A", true}, {"x", true}, {"X", true},
		{"tbd", true}, {"TBD", true}, {"✓", true}, {"✔", true}, {"-", true}, {"—", true},
		{" Yes - see policy ", true}, {"No.", true}, {"N/A: not hosted by us", true},
		{"Partial (see note)", true}, {"No, planned for Q3", true}, {"No; planned for Q3", true}, {"Not applicable", true},
		{"Yes/No", true}, {"Select", true},
		{"", false}, {"No. of privileged users", false}, {"No-one shares accounts", false},
		{"None of the data is stored offshore", false}, {"Yes we do", false},
		{"Encryption at rest", false}, {"X-ray records", false}, {"Response", false},
	} {
		if got := AnswerCell(c.cell); got != c.want {
			t.Errorf("AnswerCell(%q) = %v, want %v", c.cell, got, c.want)
		}
	}
}

// A pasted row of a control matrix whose answer cell is filled with any answer word or
// mark is a row of data, not column titles: the control in it is triaged. The answers
// are those respondents write in real questionnaires, the same as pastedAnswers in
// internal/questionnaire/answercells_test.go (change both together); the rows are
// written for this test, apart from the evaluation sets.
func TestPastedRowsWithAnswerCells(t *testing.T) {
	t.Parallel()
	var cases []classCase
	for _, a := range []string{"n/a", "N/A", "x", "X", "tbd", "TBD", "✓", "✔", "-", "—", "Yes - see policy", "No.", "Yes"} {
		cases = append(cases,
			classCase{q: "Encryption at rest | AES-256 enforced | " + a, report: "soc2"},
			classCase{q: "Quarterly access review\tUser access reviewed\t" + a, report: "soc2"},
			classCase{q: "| MFA for remote access | Enforced for all staff | " + a + " |", report: "soc2"},
		)
	}
	// Column titles stay a header.
	nothing := []string{}
	cases = append(cases,
		classCase{q: "Control | Description | Response", report: "none", arts: nothing},
		classCase{q: "Ref\tRequirement\tAnswer\tComments", report: "none", arts: nothing},
	)
	checkClass(t, cases)
}
