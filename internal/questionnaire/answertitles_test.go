package questionnaire

import (
	"strings"
	"testing"
	"unicode"
)

// TestAnswerWordTitlesAHeader: a column title that is also an answer word, the id
// column's "No." or "No" or a tick-box column's "N/A", leaves its row the header. The
// reader finds the header there, so each question keeps its section and no title is
// read as a question.
func TestAnswerWordTitlesAHeader(t *testing.T) {
	t.Parallel()
	type q struct{ text, section string }
	want := []q{
		{"Is MFA enforced for all administrators?", "Access Control"},
		{"Are access rights reviewed every quarter?", "Access Control"},
		{"Is customer data encrypted at rest?", "Encryption"},
	}
	tables := map[string][][]string{
		"No.": {
			{"Section", "No.", "Question", "Response"},
			{"Access Control", "1", want[0].text, "Yes"},
			{"Access Control", "2", want[1].text, "No"},
			{"Encryption", "3", want[2].text, "Yes"},
		},
		"No": {
			{"Section", "No", "Question", "Response"},
			{"Access Control", "1", want[0].text, "Yes"},
			{"Access Control", "2", want[1].text, "No"},
			{"Encryption", "3", want[2].text, "Yes"},
		},
		"N/A": {
			{"Section", "Question", "Compliant", "N/A", "Comments"},
			{"Access Control", want[0].text, "x", "", "Enforced by the identity provider"},
			{"Access Control", want[1].text, "x", "", ""},
			{"Encryption", want[2].text, "", "x", "No customer data is stored"},
		},
	}
	for title, rows := range tables {
		var csv strings.Builder
		xrows := make([][]any, len(rows))
		for i, row := range rows {
			csv.WriteString(strings.Join(row, ",") + "\n")
			for _, c := range row {
				xrows[i] = append(xrows[i], c)
			}
		}
		for name, b := range map[string][]byte{
			"q.csv":  []byte(csv.String()),
			"q.xlsx": buildXLSX(t, sheetSpec{name: "Questionnaire", rows: xrows}),
		} {
			doc, err := Read(name, strings.NewReader(string(b)), Limits{})
			if err != nil {
				t.Fatalf("%s, title %q: %v", name, title, err)
			}
			var got []q
			for _, x := range doc.Questions {
				got = append(got, q{x.Text, x.Section})
			}
			if len(got) != len(want) {
				t.Errorf("%s, title %q: questions %q, want %q", name, title, got, want)
				continue
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s, title %q: question %d %q, want %q", name, title, i, got[i], want[i])
				}
			}
		}
	}
}

// TestDataRowIgnoresCellOrder: whether a row holds data does not hang on the order of
// its cells. Two different answers title tick-box columns only when no cell holds an
// id, a long text or a question, wherever those cells stand.
func TestDataRowIgnoresCellOrder(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		cells []string
		want  bool
	}{
		{[]string{"AC-01", "Yes", "No"}, true},
		{[]string{"Yes", "No", "AC-01"}, true},
		{[]string{"Do you encrypt backups at rest?", "Yes", "No"}, true},
		{[]string{"Yes", "No", "Do you encrypt backups at rest?"}, true},
		{[]string{"Yes", "No", strings.Repeat("long text ", 10)}, true},
		{[]string{"Question", "Yes", "No"}, false},
		{[]string{"Yes", "No", "Question"}, false},
	} {
		g := &grid{cells: [][]string{tc.cells}}
		if got := dataRow(g, 0, usedCells(g, 0)); got != tc.want {
			t.Errorf("dataRow(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}

// TestHeaderAgainCheapChecks: the allocation-free checks headerAgain runs first read a
// cell as fold and headerRole do.
func TestHeaderAgainCheapChecks(t *testing.T) {
	t.Parallel()
	cells := []string{"", " ", "Question", " Question ", "Question\u00a0ID", "Question  ID", "Question ID",
		"Control - ID", "Ques #", "a b c d e f", "a b c d e f g", "a-b-c-d-e-f-g", "Do you encrypt backups at rest?",
		"\xff bad", "Ünïcode Téxt", "Question\tID"}
	for _, a := range cells {
		words := strings.Fields(strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#' {
				return r
			}
			return ' '
		}, a))
		if got := titleWords(a); got != len(words) {
			t.Errorf("titleWords(%q) = %d, want %d", a, got, len(words))
		}
		for _, b := range cells {
			if got, want := sameFolded(a, b), fold(a) == fold(b); got != want {
				t.Errorf("sameFolded(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
