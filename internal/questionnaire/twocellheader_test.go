package questionnaire

import (
	"strings"
	"testing"
)

// TestTwoCellHeaderInEveryReader: a header of two column titles ("Question |
// Response", "Control | Vendor response", "Requirement,Comments") at the top of a
// pasted text, a CSV, a workbook or a Word table names the columns in every reader: it
// is not triaged as a question and does not become the section of the questions.
func TestTwoCellHeaderInEveryReader(t *testing.T) {
	t.Parallel()
	const (
		q1 = "Do you encrypt customer data at rest?"
		q2 = "Are user access rights reviewed every quarter?"
	)
	for _, h := range [][2]string{
		{"Question", "Response"}, {"Question", "Answer"}, {"Control", "Vendor response"},
		{"Requirement", "Comments"}, {"Questions", "Vendor Answer"},
	} {
		inputs := map[string][]byte{
			"q.csv":      []byte(h[0] + "," + h[1] + "\n" + q1 + ",Yes\n" + q2 + ",No\n"),
			"q.tsv":      []byte(h[0] + "\t" + h[1] + "\n" + q1 + "\tYes\n" + q2 + "\tNo\n"),
			"pipes.txt":  []byte(h[0] + " | " + h[1] + "\n" + q1 + "\n" + q2 + "\n"),
			"tabs.txt":   []byte(h[0] + "\t" + h[1] + "\n" + q1 + "\tYes\n" + q2 + "\tNo\n"),
			"commas.txt": []byte(h[0] + "," + h[1] + "\n" + q1 + "\n" + q2 + "\n"),
			"table.md":   []byte("| " + h[0] + " | " + h[1] + " |\n|---|---|\n| " + q1 + " | Yes |\n| " + q2 + " | No |\n"),
			"q.xlsx":     buildXLSX(t, sheetSpec{name: "Questionnaire", rows: [][]any{{h[0], h[1]}, {q1, "Yes"}, {q2, "No"}}}),
			"q.docx":     buildDOCX(t, tbl([]string{h[0], h[1]}, []string{q1, "Yes"}, []string{q2, "No"})),
		}
		for name, b := range inputs {
			doc, err := Read(name, strings.NewReader(string(b)), Limits{})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var got []string
			for _, q := range doc.Questions {
				got = append(got, q.Text)
				if q.Section != "" {
					t.Errorf("%s under %q: %q has section %q, want none", name, h, q.Text, q.Section)
				}
			}
			if strings.Join(got, "\n") != q1+"\n"+q2 {
				t.Errorf("%s under %q: questions %q, want %q", name, h, got, []string{q1, q2})
			}
		}
	}
}
