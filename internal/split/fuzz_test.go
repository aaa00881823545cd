package split

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplit checks the splitter's promises on any input: no panic, non-empty
// valid UTF-8 texts, unique one-word ids (the text's own or qN by position), and
// lines in order and in range.
func FuzzSplit(f *testing.F) {
	f.Add("")
	f.Add("Do you encrypt backups?")
	f.Add(mixedQuestionnaire)
	f.Add("ID\tQuestion\tAnswer\n1\t\"Do you\n\"\"encrypt\"\"?\"\tYes\n")
	f.Add("*Q1:* <@U1> <https://x|y> &amp; `c` :lock:\n&gt; quote\n")
	f.Add("Hi,\nPlease answer all questions.\nNB: we rely on it for SOX.\nSECTION A\nCOMPLIANCE\n" +
		"We are a bank.\n1. Do you hold a SOC 1?\nNote: payroll only.\nThe following questions relate to payroll:\n" +
		"2. Who approves pay changes?\nLet me know if anything is unclear.\nLooking forward to your answers,\nSam\n")
	f.Fuzz(func(t *testing.T, in string) {
		qs := Split(in)
		lines := strings.Count(in, "\n") + 1
		prev := 0
		checkIDs(t, qs)
		for _, q := range qs {
			if strings.TrimSpace(q.Text) == "" {
				t.Fatalf("%s: empty text", q.ID)
			}
			if !utf8.ValidString(q.Text) || !utf8.ValidString(q.Section) {
				t.Fatalf("%s: invalid UTF-8 in %q / %q", q.ID, q.Text, q.Section)
			}
			if q.Text != strings.TrimSpace(q.Text) || strings.Contains(q.Text, "  ") {
				t.Fatalf("%s: white space not folded: %q", q.ID, q.Text)
			}
			if q.Line < 1 || q.Line > lines {
				t.Fatalf("%s: line %d outside 1..%d", q.ID, q.Line, lines)
			}
			if q.Line < prev {
				t.Fatalf("%s: line %d before previous question's line %d", q.ID, q.Line, prev)
			}
			prev = q.Line
		}
	})
}
