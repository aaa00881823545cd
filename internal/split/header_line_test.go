package split

import (
	"strings"
	"testing"
)

// A two-cell header pasted over the questions, its cells separated by tabs, by "|"
// with no leading pipe, or by bare commas as in a CSV pasted as text, names the
// columns: it is neither a question nor the section of the questions under it. A line
// that only looks alike (a question with a pipe in it, prose with commas, titles with
// no question column among them) is read as before.
func TestSplitTwoCellHeaderLines(t *testing.T) {
	t.Parallel()
	const (
		q1 = "Do you encrypt customer data at rest?"
		q2 = "Is MFA enforced for all administrators?"
	)
	for _, header := range []string{
		"Question | Response", "Question\tAnswer", "Control | Vendor response",
		"Requirement,Comments", "Question|Answer", "Requirement | Comments |",
		"Control\tVendor response", "Question,Response",
	} {
		for name, rows := range map[string]string{
			"tabs":  q1 + "\tYes\n" + q2 + "\tNo\n",
			"lines": q1 + "\n" + q2 + "\n",
		} {
			qs := Split(header + "\n" + rows)
			checkIDs(t, qs)
			if len(qs) != 2 || qs[0].Text != q1 || qs[1].Text != q2 || qs[0].Section != "" || qs[1].Section != "" {
				t.Errorf("%q over %s: %+v, want the two questions with no section", header, name, qs)
			}
		}
	}
	// Near misses: lines that are no header stay what they were.
	for _, tt := range []struct {
		in      string
		texts   []string
		section string
	}{
		{"Access Control | Logging\n" + q1 + "\n", []string{q1}, "Access Control | Logging"},
		{"Question, comments and answers are welcome.\n" + q1 + "\n", []string{"Question, comments and answers are welcome. " + q1}, ""},
		{"Control | Do you review firewall rules?\n", []string{"Control | Do you review firewall rules?"}, ""},
		{"Owner | Frequency\n" + q1 + "\n", []string{q1}, "Owner | Frequency"},
	} {
		qs := Split(tt.in)
		var texts []string
		for _, q := range qs {
			texts = append(texts, q.Text)
		}
		if strings.Join(texts, "\n") != strings.Join(tt.texts, "\n") || (len(qs) > 0 && qs[0].Section != tt.section) {
			t.Errorf("Split(%q) = %+v, want %q under %q", tt.in, qs, tt.texts, tt.section)
		}
	}
}
