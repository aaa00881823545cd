package triage

// The answer cell of a questionnaire row: what a respondent writes or ticks beside a
// question. Every reader of rows asks the same thing of a cell, whether it holds an
// answer and so neither a question nor a column title: the file readers when they pick
// the question column and skip answer words, and the rules when a pasted row with its
// cells reaches them whole. They read it here, so that a row is read alike however it
// arrives. The one exception is the splitter of pasted text, which keeps a list of its
// own (answerTokens in internal/split/noise.go) to tell the lines and cells of answers
// and page furniture it drops.

import "strings"

// answerWords holds the whole of an answer cell, in lower case: the words and marks of
// a filled answer ("Yes", "N/A", "x", "TBD", "✓", "—") and the placeholder of an empty
// drop-down ("Select", "Yes/No").
var answerWords = wordSet(nil, "yes", "no", "n/a", "na", "y", "n", "true", "false", "x", "yes/no", "yes / no",
	"partial", "partially", "not applicable", "tbd", "-", "–", "—", "✓", "✔", "✗", "✘", "none", "unknown",
	"select", "choose")

// answerHeads holds the answer words a note may follow in the same cell, after a dash,
// a comma, a semicolon, a colon or a bracket ("Yes - see policy", "N/A: not hosted",
// "Partial (see note)"). A single letter or a mark is left out: "x - y" is no answer.
var answerHeads = wordSet(nil, "yes", "no", "n/a", "na", "partial", "partially", "true", "false", "tbd",
	"not applicable", "none")

// AnswerCell reports whether cell, the whole text of one cell of a row, holds an
// answer: an answer word or mark alone ("N/A", "X", "TBD", "✓", "—"), with a closing
// full stop ("No."), or followed by a note after a dash, comma, semicolon, colon or
// bracket ("Yes - see policy", "No; planned for Q3"). Text that goes on after an answer
// word without such a break is not an answer ("No. of privileged users", "None of the
// data is stored offshore").
func AnswerCell(cell string) bool {
	l := strings.ToLower(strings.TrimSpace(cell))
	if answerWords[l] || answerWords[strings.TrimRight(l, ".!")] {
		return true
	}
	i := strings.IndexAny(l, "-–—,;:(")
	if i <= 0 {
		return false
	}
	if l[i] == '-' && l[i-1] != ' ' && !strings.HasPrefix(l[i+1:], " ") {
		return false // a hyphen inside a word: "No-one", "Yes-man"
	}
	return answerHeads[strings.TrimSpace(l[:i])]
}
