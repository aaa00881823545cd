package questionnaire

import (
	"strings"
	"testing"

	"github.com/socbot/socbot/internal/split"
	"github.com/socbot/socbot/internal/triage"
)

// pastedAnswers are answers respondents write in the answer cell of a row. The rules'
// test of pasted rows (TestPastedRowsWithAnswerCells in
// internal/triage/answer_cells_test.go) writes the same answers: change both together.
var pastedAnswers = []string{"n/a", "N/A", "x", "X", "tbd", "TBD", "✓", "✔", "-", "—", "Yes - see policy", "No.", "Yes"}

// TestAnswerCellsReadAlikePastedAndInFiles: a filled answer cell is read as an answer by
// every reader, from the one list the rules keep (triage.AnswerCell). In a paste (tab or
// Markdown rows) and in a CSV the question is the question cell alone, not the answer,
// and the rules triage it rather than read the row as a header.
func TestAnswerCellsReadAlikePastedAndInFiles(t *testing.T) {
	t.Parallel()
	e, err := triage.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	const (
		q1 = "Customer data is encrypted at rest with AES-256"
		q2 = "Is MFA enforced for all administrators?"
	)
	for _, a := range pastedAnswers {
		if !answerLike(a) || !triage.AnswerCell(a) {
			t.Errorf("%q: answerLike %v, triage.AnswerCell %v, want both true", a, answerLike(a), triage.AnswerCell(a))
		}
		csv := "ID,Question,Answer\nSEC-01," + q1 + "," + a + "\nSEC-02," + q2 + "," + a + "\n"
		doc, err := Read("q.csv", strings.NewReader(csv), Limits{})
		if err != nil {
			t.Fatal(err)
		}
		inputs := map[string][]triage.Question{
			"csv":      doc.Questions,
			"tabs":     split.Split("ID\tQuestion\tAnswer\nSEC-01\t" + q1 + "\t" + a + "\nSEC-02\t" + q2 + "\t" + a + "\n"),
			"markdown": split.Split("| ID | Question | Answer |\n|---|---|---|\n| SEC-01 | " + q1 + " | " + a + " |\n| SEC-02 | " + q2 + " | " + a + " |\n"),
		}
		for name, qs := range inputs {
			var got []string
			for _, q := range qs {
				got = append(got, q.Text)
				if v := e.Classify(q); v.Report != "soc2" {
					t.Errorf("%s, answer %q: %q triaged %s, want soc2 (evidence %+v)", name, a, q.Text, v.Report, v.Evidence)
				}
			}
			if want := q1 + "\n" + q2; strings.Join(got, "\n") != want {
				t.Errorf("%s, answer %q: questions %q, want %q", name, a, got, []string{q1, q2})
			}
		}
	}
}
